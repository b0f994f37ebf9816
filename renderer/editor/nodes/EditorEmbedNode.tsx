import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX } from 'react';
import { detectEmbedProvider, embedProviderLabel, type EmbedProvider } from '../../../shared/content/embed-provider';
import { $isEmbedNode, EmbedNode } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useNodeField, useRemoveNode } from './use-node-field';

/**
 * A placeholder card: provider and URL as text. The app window loads nothing remote (the CSP
 * forbids it and a newsroom tool must not run third-party script); WordPress renders the real
 * embed on publication.
 */
function EmbedCard({ nodeKey, url, provider, caption: savedCaption }: { nodeKey: NodeKey; url: string; provider: EmbedProvider; caption: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const remove = useRemoveNode(nodeKey);
  const [caption, setCaption] = useNodeField(nodeKey, savedCaption, $isEmbedNode, (n, v) => n.setCaption(v));
  const label = embedProviderLabel(provider);
  return (
    <div ref={ref} className={`card embed-card embed-${provider}`} role="group" aria-label={`${label} embed`}>
      <span className="embed-provider">{provider === 'link' ? 'Link card' : `${label} embed`}</span>
      <span className="embed-url">{url}</span>
      <label htmlFor={`${id}-caption`} className="visually-hidden">
        Embed caption
      </label>
      <input id={`${id}-caption`} className="caption-input embed-caption" placeholder="Add a caption" value={caption} onChange={(e) => setCaption(e.target.value)} />
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
    const { url, provider, caption } = this.getFields('direct');
    return <EmbedCard nodeKey={this.getKey()} url={url} provider={provider} caption={caption} />;
  }
}

export function $createEditorEmbedNode(url: string, provider?: EmbedProvider): EditorEmbedNode {
  return $create(EditorEmbedNode).setFields({ url, provider: provider ?? detectEmbedProvider(url) });
}
