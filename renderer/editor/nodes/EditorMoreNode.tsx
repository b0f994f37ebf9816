import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX } from 'react';
import { $isMoreNode, MoreNode } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useNodeField } from './use-node-field';

function MoreCard({ nodeKey, customText }: { nodeKey: NodeKey; customText: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const [text, setText] = useNodeField(nodeKey, customText, $isMoreNode, (n, v) => n.setCustomText(v));
  return (
    // Where the teaser ends on the site's front page; the link's wording is typed in place.
    <div ref={ref} className="break-card" role="group" aria-label={`More: ${text || 'Read more'}`}>
      <label htmlFor={id} className="break-card-label">
        More:
      </label>
      <input id={id} className="break-card-input" placeholder="Read more" value={text} onChange={(e) => setText(e.target.value)} />
    </div>
  );
}

/** The "more" break as the editor draws it. */
export class EditorMoreNode extends MoreNode {
  override $config() {
    return this.config('more', { extends: MoreNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    const { customText } = this.getFields('direct');
    return <MoreCard nodeKey={this.getKey()} customText={customText} />;
  }
}

export function $createEditorMoreNode(customText = ''): EditorMoreNode {
  return $create(EditorMoreNode).setFields({ customText, noTeaser: false });
}
