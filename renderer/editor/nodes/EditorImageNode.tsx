import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX } from 'react';
import { $isImageNode, ImageNode, type ImageFields, type SerializedImageNode } from '../../../shared/content/nodes';
import { LibraryAltNote, useLibraryAlt } from '../media/library-alt';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useThumbnail } from './media-thumbnail';
import { useNodeField, useRemoveNode } from './use-node-field';

function ImageCard({ nodeKey, fields }: { nodeKey: NodeKey; fields: Omit<SerializedImageNode, 'type' | 'version'> }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const thumb = useThumbnail(fields.mediaId);
  const [caption, setCaption] = useNodeField(nodeKey, fields.caption, $isImageNode, (n, v) => n.setCaption(v));
  const [credit, setCredit] = useNodeField(nodeKey, fields.credit, $isImageNode, (n, v) => n.setCredit(v));
  const [alt, setAlt] = useNodeField(nodeKey, fields.altText, $isImageNode, (n, v) => n.setAltText(v));
  const library = useLibraryAlt(fields.mediaId, alt);
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
      {library.differs !== null && <LibraryAltNote library={library.differs} cardAlt={alt} onUseLibrary={() => setAlt(library.differs!)} onSaveToLibrary={library.saveToLibrary} />}
      {library.savedToLibrary && <span className="card-library-saved">Saved as the media library’s alt text too.</span>}
      <button type="button" className="card-remove" onClick={remove} aria-label="Remove image">
        ×
      </button>
    </div>
  );
}

/** The image as the editor draws it: the headless node with its card. */
export class EditorImageNode extends ImageNode {
  override $config() {
    return this.config('image', { extends: ImageNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return <ImageCard nodeKey={this.getKey()} fields={this.getFields('direct')} />;
  }
}

export function $createEditorImageNode(fields: ImageFields): EditorImageNode {
  return $create(EditorImageNode).setFields(fields);
}
