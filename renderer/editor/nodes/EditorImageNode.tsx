import { $applyNodeReplacement, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX } from 'react';
import { $isImageNode, IMAGE_VERSION, ImageNode, migrateNodeJSON, stringField, type ImageFields } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useThumbnail } from './media-thumbnail';
import { useNodeField, useRemoveNode } from './use-node-field';

function ImageCard({ nodeKey, fields }: { nodeKey: NodeKey; fields: Required<ImageFields> }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const thumb = useThumbnail(fields.mediaId);
  const [caption, setCaption] = useNodeField(nodeKey, fields.caption, $isImageNode, (n, v) => n.setCaption(v));
  const [credit, setCredit] = useNodeField(nodeKey, fields.credit, $isImageNode, (n, v) => n.setCredit(v));
  const [alt, setAlt] = useNodeField(nodeKey, fields.altText, $isImageNode, (n, v) => n.setAltText(v));
  const remove = useRemoveNode(nodeKey);
  return (
    <div ref={ref} className="card image-card" role="group" aria-label="Image">
      {thumb.url ? (
        <img className="image-thumb" src={thumb.url} alt={alt} />
      ) : (
        <div className="image-placeholder" role="img" aria-label={alt ? `Image: ${alt}` : 'Image without preview'}>
          {thumb.loading ? 'Loading preview…' : 'No preview available'}
        </div>
      )}
      <label htmlFor={`${id}-caption`}>Caption</label>
      <input id={`${id}-caption`} value={caption} onChange={(e) => setCaption(e.target.value)} />
      <label htmlFor={`${id}-credit`}>Credit</label>
      <input id={`${id}-credit`} value={credit} onChange={(e) => setCredit(e.target.value)} />
      <label htmlFor={`${id}-alt`}>Alt text</label>
      <input id={`${id}-alt`} value={alt} onChange={(e) => setAlt(e.target.value)} aria-invalid={alt.trim() === ''} />
      {alt.trim() === '' && <span className="card-hint">Describe the image for readers who cannot see it.</span>}
      <button type="button" className="card-remove" onClick={remove} aria-label="Remove image">
        ×
      </button>
    </div>
  );
}

export class EditorImageNode extends ImageNode {
  static override getType(): string {
    return 'image';
  }

  static override clone(node: EditorImageNode): EditorImageNode {
    return new EditorImageNode(
      { mediaId: node.__mediaId, caption: node.__caption, credit: node.__credit, altText: node.__altText },
      node.__key,
    );
  }

  static override importJSON(json: Record<string, unknown>): EditorImageNode {
    const current = migrateNodeJSON('image', json, IMAGE_VERSION);
    return $createEditorImageNode({
      mediaId: stringField(current, 'mediaId'),
      caption: stringField(current, 'caption'),
      credit: stringField(current, 'credit'),
      altText: stringField(current, 'altText'),
    });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return (
      <ImageCard
        nodeKey={this.getKey()}
        fields={{ mediaId: this.__mediaId, caption: this.__caption, credit: this.__credit, altText: this.__altText }}
      />
    );
  }
}

export function $createEditorImageNode(fields: ImageFields): EditorImageNode {
  return $applyNodeReplacement(new EditorImageNode(fields));
}
