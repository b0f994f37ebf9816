import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX, type KeyboardEvent } from 'react';
import { $isImageNode, ImageNode, isExternalImage, type ImageFields, type SerializedImageNode } from '../../../shared/content/nodes';
import { MediaId } from '../../../shared/media/media-schema';
import { imageHost } from './image-host';
import { LibraryAltNote, useLibraryAlt } from '../media/library-alt';
import { useIsolateFromEditor } from './isolate-from-editor';
import { useLibraryCopy } from './use-library-copy';
import { useThumbnail } from './media-thumbnail';
import { useNodeField, useRemoveNode } from './use-node-field';

/** Enter leaves a caption as it is: captions are one paragraph, typed in place under the picture. */
const noNewline = (e: KeyboardEvent<HTMLTextAreaElement>) => e.key === 'Enter' && e.preventDefault();

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
  const switchToLibrary = useLibraryCopy(nodeKey);
  // In the library (sync brought it in) yet still published from another address: the user may switch.
  const shownFromElsewhere = MediaId.safeParse(fields.mediaId).success && /^https?:\/\//i.test(fields.src);
  return (
    // Drawn as the site shows it: the picture at the text's width, its caption and credit typed in place beneath.
    <div ref={ref} className="card image-card" role="group" aria-label="Image">
      <figure className="image-figure">
        {thumb.url ? (
          <img className="image-thumb" src={thumb.url} alt={alt} loading="lazy" />
        ) : (
          <div className="image-placeholder" role="img" aria-label={alt ? `Image: ${alt}` : 'Image without preview'}>
            {isExternalImage(fields) ? `Shown from ${imageHost(fields.src)}` : thumb.loading ? 'Loading preview…' : 'No preview available'}
          </div>
        )}
        <figcaption className="image-caption">
          <label htmlFor={`${id}-caption`} className="visually-hidden">
            Caption
          </label>
          <textarea id={`${id}-caption`} className="caption-input" rows={1} placeholder="Add a caption" value={caption} onKeyDown={noNewline} onChange={(e) => setCaption(e.target.value)} />
          <label htmlFor={`${id}-credit`} className="visually-hidden">
            Credit
          </label>
          <input id={`${id}-credit`} className="credit-input" placeholder="Credit" value={credit} onChange={(e) => setCredit(e.target.value)} />
        </figcaption>
      </figure>
      <div className="image-alt">
        <label htmlFor={`${id}-alt`}>Alt text</label>
        <input id={`${id}-alt`} value={alt} placeholder="What the picture shows, for readers who cannot see it" onChange={(e) => setAlt(e.target.value)} aria-invalid={alt.trim() === ''} />
      </div>
      {alt.trim() === '' && <span className="card-hint">Describe the image for readers who cannot see it.</span>}
      {isExternalImage(fields) && <span className="card-hint">Shown from {imageHost(fields.src)}: this image is not in your media library.</span>}
      {shownFromElsewhere && (
        <span className="card-hint">
          Shown from {imageHost(fields.src)}; a copy is in your media library.{' '}
          <button type="button" className="card-library-copy" onClick={switchToLibrary}>
            Use the library copy
          </button>
        </span>
      )}
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
