import { $applyNodeReplacement, type EditorConfig, type NodeKey } from 'lexical';
import { useRef, type JSX } from 'react';
import { detectEmbedProvider, embedProviderLabel, isEmbedProvider, type EmbedProvider } from '../../../shared/content/embed-provider';
import { EMBED_VERSION, EmbedNode, migrateNodeJSON, stringField } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useRemoveNode } from './use-node-field';

/**
 * A placeholder card: provider and URL as text. The app window loads nothing remote (the CSP
 * forbids it and a newsroom tool must not run third-party script); WordPress renders the real
 * embed on publication.
 */
function EmbedCard({ nodeKey, url, provider }: { nodeKey: NodeKey; url: string; provider: EmbedProvider }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const remove = useRemoveNode(nodeKey);
  const label = embedProviderLabel(provider);
  return (
    <div ref={ref} className={`card embed-card embed-${provider}`} role="group" aria-label={`${label} embed`}>
      <span className="embed-provider">{provider === 'link' ? 'Link card' : `${label} embed`}</span>
      <span className="embed-url">{url}</span>
      <button type="button" className="card-remove" onClick={remove} aria-label="Remove embed">
        ×
      </button>
    </div>
  );
}

export class EditorEmbedNode extends EmbedNode {
  static override getType(): string {
    return 'embed';
  }

  static override clone(node: EditorEmbedNode): EditorEmbedNode {
    return new EditorEmbedNode(node.__url, node.__provider, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): EditorEmbedNode {
    const current = migrateNodeJSON('embed', json, EMBED_VERSION);
    const url = stringField(current, 'url');
    return $createEditorEmbedNode(url, isEmbedProvider(current.provider) ? current.provider : detectEmbedProvider(url));
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return <EmbedCard nodeKey={this.getKey()} url={this.__url} provider={this.__provider} />;
  }
}

export function $createEditorEmbedNode(url: string, provider?: EmbedProvider): EditorEmbedNode {
  return $applyNodeReplacement(new EditorEmbedNode(url, provider));
}
