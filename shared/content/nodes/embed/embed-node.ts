import { $create, type LexicalNode } from 'lexical';
import { detectEmbedProvider, type EmbedProvider } from '../../embed-provider';
import { storyDecoratorNode } from '../story-decorator-node';
import { embedDeclaration } from './embed-declaration';

const { Base, stateConfigs } = storyDecoratorNode(embedDeclaration);

/**
 * An embed (see embedDeclaration). Headless: `decorate()` returns null; the renderer
 * subclasses it with the same type.
 */
export class EmbedNode extends Base {
  override $config() {
    return this.config('embed', { extends: Base, stateConfigs });
  }

  /** Changing the URL re-detects the provider; the site's attributes belonged to the old URL. */
  setURL(url: string): this {
    return this.setFields({ url, provider: detectEmbedProvider(url), asPublished: false, embedType: '', providerNameSlug: '', responsive: false, className: '', blockName: 'core/embed' });
  }

  override getTextContent(): string {
    return '';
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-embed' };
  }
}

/** The provider defaults to the one the URL's host belongs to. */
export function $createEmbedNode(url: string, provider?: EmbedProvider): EmbedNode {
  return $create(EmbedNode).setFields({ url, provider: provider ?? detectEmbedProvider(url) });
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}
