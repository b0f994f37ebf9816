import {
  $applyNodeReplacement,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { HeadlessDecoratorNode } from './headless-decorator-node';
import { migrateNodeJSON, stringField } from './node-version';

export const PULL_QUOTE_VERSION = 1;

export type SerializedPullQuoteNode = Spread<{ text: string; citation: string }, SerializedLexicalNode>;

/**
 * A pull quote: a short passage lifted from the story, with an optional citation (who said it).
 * Plain text on purpose: a pull quote is display type, not prose, and WordPress's pullquote
 * block carries it as a single paragraph. Headless: `decorate()` returns null; the renderer
 * subclasses it with the same type to draw the editable card.
 */
export class PullQuoteNode extends HeadlessDecoratorNode {
  __text: string;
  __citation: string;

  static override getType(): string {
    return 'pull-quote';
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new this(node.__text, node.__citation, node.__key);
  }

  constructor(text = '', citation = '', key?: NodeKey) {
    super(key);
    this.__text = text;
    this.__citation = citation;
  }

  static override importJSON(json: Record<string, unknown>): PullQuoteNode {
    const current = migrateNodeJSON('pull-quote', json, PULL_QUOTE_VERSION);
    return $createPullQuoteNode(stringField(current, 'text'), stringField(current, 'citation'));
  }

  override exportJSON(): SerializedPullQuoteNode {
    const self = this.getLatest();
    return { type: 'pull-quote', version: PULL_QUOTE_VERSION, text: self.__text, citation: self.__citation };
  }

  getText(): string {
    return this.getLatest().__text;
  }

  setText(text: string): this {
    const writable = this.getWritable();
    writable.__text = text;
    return writable;
  }

  getCitation(): string {
    return this.getLatest().__citation;
  }

  setCitation(citation: string): this {
    const writable = this.getWritable();
    writable.__citation = citation;
    return writable;
  }

  override getTextContent(): string {
    const self = this.getLatest();
    return self.__citation ? `${self.__text}\n${self.__citation}` : self.__text;
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-pull-quote' };
  }
}

export function $createPullQuoteNode(text = '', citation = ''): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode(text, citation));
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
