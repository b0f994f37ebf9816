import { storyNodeReaderText } from '../content/nodes/story-node-keys';
import type { BodyState } from './story-schema';

const BLOCK_TYPES_WITHOUT_TEXT = new Set(['linebreak']);

/**
 * The body's text, block per line, for word counts, search and diffs; runs without a DOM. Cards
 * give the words a reader reads in them (a pull quote and its citation, a caption), as their
 * nodes' getTextContent does in the editor, so the library and the editor count the same words.
 */
export function bodyPlainText(body: BodyState): string {
  const blocks: string[] = [];
  for (const child of body.root.children) blocks.push(nodeText(child));
  return blocks.join('\n');
}

function nodeText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: unknown; text?: unknown; children?: unknown };
  if (typeof n.type === 'string') {
    const card = storyNodeReaderText(n as Record<string, unknown> & { type: string });
    if (card !== null) return card;
  }
  if (typeof n.text === 'string') return n.text;
  if (n.type === 'linebreak') return '\n';
  if (typeof n.type === 'string' && BLOCK_TYPES_WITHOUT_TEXT.has(n.type)) return '';
  if (!Array.isArray(n.children)) return '';
  return n.children.map(nodeText).join(isBlockContainer(n.type) ? '\n' : '');
}

function isBlockContainer(type: unknown): boolean {
  return type === 'list' || type === 'table' || type === 'tablerow' || type === 'quote-block' || type === 'quotation' || type === 'details';
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
