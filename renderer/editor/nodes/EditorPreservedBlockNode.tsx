import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useMemo, useRef, type JSX } from 'react';
import { PreservedBlockNode } from '../../../shared/content/nodes';
import { preservedBlockPreview } from '../../../shared/content/nodes/preserved-block/preserved-block-preview';
import { MOVE_CARD_COMMAND } from '../card-move';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useRemoveNode } from './use-node-field';

/**
 * A block kept as the site has it: its name, and a preview of its words through the paste
 * sanitizer (no script, style, frame or image of the site ever runs or loads here; frames are
 * named by their host). It cannot be edited here, only moved, removed or copied.
 */
function PreservedBlockCard({ nodeKey, label, markup }: { nodeKey: NodeKey; label: string; markup: string }) {
  const [editor] = useLexicalComposerContext();
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const remove = useRemoveNode(nodeKey);
  const preview = useMemo(() => preservedBlockPreview(markup, window), [markup]);
  const title = `Kept as on the site: ${label}`;
  const move = (direction: 'up' | 'down') => editor.dispatchCommand(MOVE_CARD_COMMAND, { key: nodeKey, direction });
  return (
    <div ref={ref} className="card preserved-card" role="group" aria-label={title}>
      <span className="preserved-label">{title}</span>
      {/* Sanitized HTML only: the sanitizer keeps text structure and drops scripts, styles, frames and images. */}
      <div className="preserved-preview" inert dangerouslySetInnerHTML={{ __html: preview.html }} />
      {preview.frames.map((host) => (
        <span key={host} className="preserved-frame">
          Embedded frame from {host}
        </span>
      ))}
      <span className="preserved-actions">
        <button type="button" onClick={() => move('up')} aria-label={`Move ${label} up`} title="Move up (Alt+Shift+↑)">
          ↑
        </button>
        <button type="button" onClick={() => move('down')} aria-label={`Move ${label} down`} title="Move down (Alt+Shift+↓)">
          ↓
        </button>
      </span>
      <button type="button" className="card-remove" onClick={remove} aria-label={`Remove ${label}`}>
        ×
      </button>
    </div>
  );
}

export class EditorPreservedBlockNode extends PreservedBlockNode {
  override $config() {
    return this.config('preserved-block', { extends: PreservedBlockNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    const { label, markup } = this.getFields('direct');
    return <PreservedBlockCard nodeKey={this.getKey()} label={label} markup={markup} />;
  }
}

export function $createEditorPreservedBlockNode(fields: { blockName: string | null; markup: string; label: string; text: string }): EditorPreservedBlockNode {
  return $create(EditorPreservedBlockNode).setFields(fields);
}
