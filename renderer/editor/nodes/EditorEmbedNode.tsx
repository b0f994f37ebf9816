import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useRef, type JSX } from 'react';
import { detectEmbedProvider, embedProviderLabel, type EmbedProvider } from '../../../shared/content/embed-provider';
import { EmbedNode } from '../../../shared/content/nodes';
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
  override $config() {
    return this.config('embed', { extends: EmbedNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    const { url, provider } = this.getFields('direct');
    return <EmbedCard nodeKey={this.getKey()} url={url} provider={provider} />;
  }
}

export function $createEditorEmbedNode(url: string, provider?: EmbedProvider): EditorEmbedNode {
  return $create(EditorEmbedNode).setFields({ url, provider: provider ?? detectEmbedProvider(url) });
}
