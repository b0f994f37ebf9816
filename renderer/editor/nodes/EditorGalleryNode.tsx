import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $create, $getNodeByKey, type EditorConfig, type NodeKey } from 'lexical';
import { useId, useRef, type JSX, type KeyboardEvent } from 'react';
import { $isGalleryNode, GalleryNode, isExternalImage, type GalleryFields, type GalleryImage, type SerializedGalleryNode } from '../../../shared/content/nodes';
import { useIsolateFromEditor } from './isolate-from-editor';
import { imageHost } from './image-host';
import { useThumbnail } from './media-thumbnail';
import { useNodeField, useRemoveNode } from './use-node-field';

const noNewline = (e: KeyboardEvent<HTMLTextAreaElement>) => e.key === 'Enter' && e.preventDefault();


/**
 * One picture of a gallery: its thumbnail from the media library where it was pulled (the app
 * loads nothing remote, so an image still on a site or another host shows where it comes from),
 * its caption typed in place, and a button taking it out of the gallery.
 */
function GalleryItem({ nodeKey, index, image, count }: { nodeKey: NodeKey; index: number; image: GalleryImage; count: number }) {
  const id = useId();
  const thumb = useThumbnail(image.mediaId);
  const [caption, setCaption] = useNodeField(nodeKey, image.caption, $isGalleryNode, (node, value) =>
    node.setImages(node.getImages().map((item, i) => (i === index ? { ...item, caption: value } : item))),
  );
  const [editor] = useLexicalComposerContext();
  const remove = () =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isGalleryNode(node)) node.setImages(node.getImages().filter((_, i) => i !== index));
    });
  const name = `Image ${index + 1} of ${count}`;
  const external = isExternalImage(image);
  return (
    <li className="gallery-item" aria-label={name}>
      {thumb.url ? (
        <img className="gallery-thumb" src={thumb.url} alt={image.altText} loading="lazy" />
      ) : (
        <div className="image-placeholder gallery-placeholder" role="img" aria-label={image.altText ? `Image: ${image.altText}` : 'Image without preview'}>
          {external ? `Shown from ${imageHost(image.src)}` : thumb.loading ? 'Loading preview…' : 'On the site'}
        </div>
      )}
      <label htmlFor={`${id}-caption`} className="visually-hidden">
        Caption of image {index + 1}
      </label>
      <textarea id={`${id}-caption`} className="caption-input" rows={1} placeholder="Caption" value={caption} onKeyDown={noNewline} onChange={(e) => setCaption(e.target.value)} />
      <button type="button" className="gallery-item-remove" onClick={remove} aria-label={`Remove image ${index + 1} from the gallery`}>
        ×
      </button>
    </li>
  );
}

function GalleryCard({ nodeKey, fields }: { nodeKey: NodeKey; fields: Omit<SerializedGalleryNode, 'type' | 'version'> }) {
  const ref = useRef<HTMLDivElement>(null);
  useIsolateFromEditor(ref);
  const id = useId();
  const [caption, setCaption] = useNodeField(nodeKey, fields.caption, $isGalleryNode, (n, v) => n.setCaption(v));
  const remove = useRemoveNode(nodeKey);
  const count = fields.images.length;
  return (
    <div ref={ref} className="card gallery-card" role="group" aria-label={`Gallery of ${count} ${count === 1 ? 'image' : 'images'}`}>
      {fields.form === 'shortcode' && count === 0 ? (
        <p className="card-hint">A gallery of the post’s attached images, kept as on the site.</p>
      ) : (
        <ul className="gallery-grid" style={{ gridTemplateColumns: `repeat(${Math.min(fields.columns ?? 3, 4)}, minmax(0, 1fr))` }}>
          {fields.images.map((image, index) => (
            <GalleryItem key={`${index}-${image.mediaId || image.src}`} nodeKey={nodeKey} index={index} image={image} count={count} />
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-caption`} className="visually-hidden">
        Gallery caption
      </label>
      <textarea id={`${id}-caption`} className="caption-input gallery-caption" rows={1} placeholder="Gallery caption" value={caption} onKeyDown={noNewline} onChange={(e) => setCaption(e.target.value)} />
      <button type="button" className="card-remove" onClick={remove} aria-label="Remove gallery">
        ×
      </button>
    </div>
  );
}

/** The gallery as the editor draws it: the headless node with its card. */
export class EditorGalleryNode extends GalleryNode {
  override $config() {
    return this.config('gallery', { extends: GalleryNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return <GalleryCard nodeKey={this.getKey()} fields={this.getFields('direct')} />;
  }
}

export function $createEditorGalleryNode(fields: GalleryFields): EditorGalleryNode {
  return $create(EditorGalleryNode).setFields(fields);
}
