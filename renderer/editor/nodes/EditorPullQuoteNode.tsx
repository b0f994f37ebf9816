import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX } from 'react';
import { $isPullQuoteNode, PullQuoteNode } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useNodeField, useRemoveNode } from './use-node-field';

function PullQuoteCard({ nodeKey, text, citation }: { nodeKey: NodeKey; text: string; citation: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const [quote, setQuote] = useNodeField(nodeKey, text, $isPullQuoteNode, (n, v) => n.setText(v));
  const [cite, setCite] = useNodeField(nodeKey, citation, $isPullQuoteNode, (n, v) => n.setCitation(v));
  const remove = useRemoveNode(nodeKey);
  return (
    // Drawn as the site sets a pull quote: large italic between two rules, its citation beneath.
    <div ref={ref} className="card pull-quote-card" role="group" aria-label="Pull quote">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Pull quote text
      </label>
      <textarea id={`${id}-text`} className="pull-quote-text" rows={1} placeholder="Pull quote" value={quote} onChange={(e) => setQuote(e.target.value)} />
      <label htmlFor={`${id}-cite`} className="visually-hidden">
        Pull quote citation
      </label>
      <input id={`${id}-cite`} className="pull-quote-cite" placeholder="Who said it (optional)" value={cite} onChange={(e) => setCite(e.target.value)} />
      <button type="button" className="card-remove" onClick={remove} aria-label="Remove pull quote">
        ×
      </button>
    </div>
  );
}

/** The pull quote as the editor draws it: the headless node with an editable card. */
export class EditorPullQuoteNode extends PullQuoteNode {
  override $config() {
    return this.config('pull-quote', { extends: PullQuoteNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    const { text, citation } = this.getFields('direct');
    return <PullQuoteCard nodeKey={this.getKey()} text={text} citation={citation} />;
  }
}

export function $createEditorPullQuoteNode(text = '', citation = ''): EditorPullQuoteNode {
  return $create(EditorPullQuoteNode).setFields({ text, citation });
}
