import { parseHtmlDocument, tagName } from '../../dom-window';
import { captionFields, rawCaption } from '../../wordpress/caption-markup';
import type { ImportContext, ParsedBlock, StoryNodeParser } from '../../wordpress/block-import-context';
import { imageBlockFields, imageJson, shortcodeAttributes } from '../image/image-from-wordpress';
import { isSiteUrl } from '../image/image-declaration';
import type { NodeJSON } from '../story-node-declaration';
import { galleryDeclaration, galleryImage, GALLERY_MAX_IMAGES, type GalleryFields, type GalleryImage } from './gallery-declaration';

const GALLERY_SHORTCODE = /^\[gallery\b([^\]]*)\]$/i;

/**
 * core/gallery in 6.1's nested form (core/image blocks inside) and 5.x's list form
 * (`ul.blocks-gallery-grid`), and classic content's `[gallery ids="…"]` standing alone. A gallery
 * with anything this cannot read exactly gives no node, so the verified pull keeps it as it is.
 */
export const galleryFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/gallery',
  fromBlock(block, context) {
    const fields = galleryBlockFields(block, context);
    return fields ? [galleryDeclaration.json(fields)] : [];
  },
  fromClassicChunk(chunk, context) {
    const match = GALLERY_SHORTCODE.exec(chunk.trim());
    if (!match) return null;
    const shortcode = shortcodeAttributes(match[1] ?? '');
    const ids = (shortcode.ids ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => /^\d+$/.test(id))
      .slice(0, GALLERY_MAX_IMAGES);
    const images = ids.map((id) => galleryImage(imageJson({ mediaId: `wp-attachment:${id}` }, context)));
    const columns = Number(shortcode.columns);
    return [galleryDeclaration.json({ images, form: 'shortcode', shortcode, columns: Number.isInteger(columns) && columns > 0 ? columns : null })];
  },
};

function galleryBlockFields(block: ParsedBlock, context: ImportContext): GalleryFields | null {
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const figure = parseHtmlDocument(block.innerHTML, context.window).body?.firstElementChild ?? null;
  if (!figure || tagName(figure) !== 'figure' || !figure.classList.contains('wp-block-gallery')) return null;
  const nested = block.innerBlocks.length > 0 || figure.classList.contains('has-nested-images');
  const images = nested ? nestedImages(block, context) : listImages(figure, context);
  if (!images || images.length > GALLERY_MAX_IMAGES) return null;
  const caption = Array.from(figure.children).find((child) => tagName(child) === 'figcaption') ?? null;
  const captionSource = caption ? (nested ? (rawCaption(block.innerHTML) ?? caption.innerHTML) : caption.innerHTML) : '';
  return {
    images,
    ...(captionSource ? captionFields(captionSource, context.window, { credit: false }) : {}),
    columns: typeof attrs.columns === 'number' ? attrs.columns : null,
    imageCrop: attrs.imageCrop !== false,
    fixedHeight: attrs.fixedHeight !== false,
    linkTo: text(attrs.linkTo),
    linkTarget: text(attrs.linkTarget),
    sizeSlug: text(attrs.sizeSlug),
    align: text(attrs.align),
    className: text(attrs.className),
    anchor: figure.getAttribute('id') ?? '',
    form: nested ? 'nested' : 'list',
    writeIds: Array.isArray(attrs.ids),
  };
}

function nestedImages(block: ParsedBlock, context: ImportContext): GalleryImage[] | null {
  const images: GalleryImage[] = [];
  for (const inner of block.innerBlocks) {
    if (inner.blockName !== 'core/image') return null;
    const fields = imageBlockFields(inner, context.window);
    if (!fields || !isSiteUrl(fields.src ?? '') || (fields.href && !isSiteUrl(fields.href))) return null;
    images.push(galleryImage(imageJson(fields, context)));
  }
  return images;
}

/** `<li class="blocks-gallery-item"><figure><a><img data-id data-full-url data-link></a><figcaption>`. */
function listImages(figure: Element, context: ImportContext): GalleryImage[] | null {
  const list = Array.from(figure.children).find((child) => tagName(child) === 'ul' && child.classList.contains('blocks-gallery-grid'));
  if (!list) return null;
  const images: GalleryImage[] = [];
  for (const item of Array.from(list.children)) {
    const img = item.querySelector('img');
    if (!img) return null;
    const src = img.getAttribute('src') ?? '';
    const link = img.parentElement && tagName(img.parentElement) === 'a' ? img.parentElement : null;
    const href = link?.getAttribute('href') ?? '';
    if (!isSiteUrl(src) || (href && !isSiteUrl(href))) return null;
    const id = img.getAttribute('data-id') ?? /\bwp-image-(\d+)\b/.exec(img.getAttribute('class') ?? '')?.[1] ?? '';
    const caption = item.querySelector('figcaption');
    const json: NodeJSON = imageJson(
      {
        mediaId: /^\d+$/.test(id) ? `wp-attachment:${id}` : '',
        src,
        altText: img.getAttribute('alt') ?? '',
        href,
        ...(caption ? captionFields(caption.innerHTML, context.window) : {}),
      },
      context,
    );
    images.push(galleryImage({ ...json, fullUrl: img.getAttribute('data-full-url') ?? '', attachmentLink: img.getAttribute('data-link') ?? '' }));
  }
  return images;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
