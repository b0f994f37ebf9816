import { parse } from '@wordpress/block-serialization-default-parser';
import type { ParsedBlock } from './block-import-context';

/** One top-level piece of post content: a block, or a run of classic (freeform) HTML between blocks. */
export interface SourceBlock {
  /** Exactly the bytes of the piece in the content: joining every piece's raw gives the content back. */
  raw: string;
  /** The piece as WordPress's block parser reads it; `blockName` is null for classic HTML. */
  block: ParsedBlock;
}

// The delimiter grammar of WordPress's default block parser (block-serialization-default-parser).
const DELIMITER =
  /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+({(?:(?=([^}]+|}+(?=})|(?!}\s+\/?-->)[^])*)\5|[^]*?)}\s+)?(\/)?-->/g;

/**
 * Post content cut into its top-level pieces with their exact source bytes, which the block
 * parser alone cannot give (it re-reads attributes as JSON and forgets how they were written).
 * A block left open runs to the end of the content, as the parser reads it.
 */
export function topLevelBlocks(content: string): SourceBlock[] {
  const pieces: SourceBlock[] = [];
  const push = (raw: string): void => {
    if (raw === '') return;
    const parsed = parse(raw);
    const block: ParsedBlock = parsed.length === 1 && parsed[0] ? parsed[0] : freeform(raw);
    pieces.push({ raw, block });
  };
  let depth = 0;
  let pieceStart = 0;
  let blockStart = 0;
  DELIMITER.lastIndex = 0;
  for (let match = DELIMITER.exec(content); match !== null; match = DELIMITER.exec(content)) {
    const closer = match[1] === '/';
    const voidBlock = match[6] === '/';
    const start = match.index;
    const end = start + match[0].length;
    if (depth === 0) {
      if (closer) continue; // A stray closer is text to the parser: it stays in the classic run.
      if (start > pieceStart) push(content.slice(pieceStart, start));
      pieceStart = start;
      if (voidBlock) {
        push(content.slice(start, end));
        pieceStart = end;
        continue;
      }
      depth = 1;
      blockStart = start;
      continue;
    }
    if (voidBlock) continue;
    if (!closer) depth++;
    else {
      depth--;
      if (depth === 0) {
        // A closer naming another block still closes, as in WordPress's parser.
        push(content.slice(blockStart, end));
        pieceStart = end;
      }
    }
  }
  if (depth > 0) push(content.slice(blockStart));
  else if (pieceStart < content.length) push(content.slice(pieceStart));
  return pieces;
}

function freeform(raw: string): ParsedBlock {
  return { blockName: null, attrs: {}, innerBlocks: [], innerHTML: raw, innerContent: [raw] } as ParsedBlock;
}

/** True for a piece that is only the whitespace WordPress writes between blocks. */
export function isBlankPiece(piece: SourceBlock): boolean {
  return piece.block.blockName === null && piece.raw.trim() === '';
}
