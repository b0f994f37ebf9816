import {
  $applyNodeReplacement,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { detectEmbedProvider, isEmbedProvider, type EmbedProvider } from '../embed-provider';
import { HeadlessDecoratorNode } from './headless-decorator-node';
import { migrateNodeJSON, stringField } from './node-version';

export const EMBED_VERSION = 1;

export type SerializedEmbedNode = Spread<{ url: string; provider: EmbedProvider }, SerializedLexicalNode>;

/**
 * Something embedded from another site by its URL: a YouTube or Vimeo video, a post on X,
 * Instagram or Facebook, or any other page as a link card. Only the URL and provider are
 * stored; the editor shows a placeholder card and never loads the remote script, and
 * WordPress renders the real embed through oEmbed when the story is published.
 * Headless: `decorate()` returns null; the renderer subclasses it with the same type.
 */
export class EmbedNode extends HeadlessDecoratorNode {
  __url: string;
  __provider: EmbedProvider;

  static override getType(): string {
    return 'embed';
  }

  static override clone(node: EmbedNode): EmbedNode {
    return new this(node.__url, node.__provider, node.__key);
  }

  /** The provider defaults to the one the URL's host belongs to. */
  constructor(url = '', provider?: EmbedProvider, key?: NodeKey) {
    super(key);
    this.__url = url;
    this.__provider = provider ?? detectEmbedProvider(url);
  }

  static override importJSON(json: Record<string, unknown>): EmbedNode {
    const current = migrateNodeJSON('embed', json, EMBED_VERSION);
    const url = stringField(current, 'url');
    const provider = isEmbedProvider(current.provider) ? current.provider : detectEmbedProvider(url);
    return $createEmbedNode(url, provider);
  }

  override exportJSON(): SerializedEmbedNode {
    const self = this.getLatest();
    return { type: 'embed', version: EMBED_VERSION, url: self.__url, provider: self.__provider };
  }

  getURL(): string {
    return this.getLatest().__url;
  }

  /** Changing the URL re-detects the provider. */
  setURL(url: string): this {
    const writable = this.getWritable();
    writable.__url = url;
    writable.__provider = detectEmbedProvider(url);
    return writable;
  }

  getProvider(): EmbedProvider {
    return this.getLatest().__provider;
  }

  override getTextContent(): string {
    return '';
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-embed' };
  }
}

export function $createEmbedNode(url: string, provider?: EmbedProvider): EmbedNode {
  return $applyNodeReplacement(new EmbedNode(url, provider));
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}
