import {
  $applyNodeReplacement,
  $getRoot,
  $isElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { HeadlessDecoratorNode } from './headless-decorator-node';
import { migrateNodeJSON, stringField } from './node-version';

export const FOOTNOTE_VERSION = 1;

export type SerializedFootnoteNode = Spread<{ note: string }, SerializedLexicalNode>;

/**
 * A footnote: the inline reference mark in the text, carrying the note's own words. The
 * number is never stored: it is the footnote's position among all footnotes in document
 * order, so moving, adding or deleting one renumbers the rest by construction
 * (see `$footnoteNumbers`). Headless: `decorate()` returns null; the renderer subclasses it
 * with the same type to draw the superscript number and the note editor.
 */
export class FootnoteNode extends HeadlessDecoratorNode {
  __note: string;

  static override getType(): string {
    return 'footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new this(node.__note, node.__key);
  }

  constructor(note = '', key?: NodeKey) {
    super(key);
    this.__note = note;
  }

  static override importJSON(json: Record<string, unknown>): FootnoteNode {
    const current = migrateNodeJSON('footnote', json, FOOTNOTE_VERSION);
    return $createFootnoteNode(stringField(current, 'note'));
  }

  override exportJSON(): SerializedFootnoteNode {
    return { type: 'footnote', version: FOOTNOTE_VERSION, note: this.getLatest().__note };
  }

  getNote(): string {
    return this.getLatest().__note;
  }

  setNote(note: string): this {
    const writable = this.getWritable();
    writable.__note = note;
    return writable;
  }

  /** The reference adds no words to the sentence it sits in (find/replace, word counts). */
  override getTextContent(): string {
    return '';
  }

  protected override host() {
    return { tag: 'sup', className: 'pw-footnote-ref' };
  }

  override isInline(): true {
    return true;
  }
}

export function $createFootnoteNode(note = ''): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode(note));
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}

/** Every footnote in the document, in reading order. */
export function $footnotesInOrder(): FootnoteNode[] {
  const found: FootnoteNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isFootnoteNode(node)) found.push(node);
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

/** Footnote number (1-based) by node key, from the footnotes' current positions. */
export function $footnoteNumbers(): Map<NodeKey, number> {
  const numbers = new Map<NodeKey, number>();
  $footnotesInOrder().forEach((node, index) => numbers.set(node.getKey(), index + 1));
  return numbers;
}

/** This footnote's number, or 0 when it is not attached to the document. */
export function $getFootnoteNumber(node: FootnoteNode): number {
  return $footnoteNumbers().get(node.getKey()) ?? 0;
}
