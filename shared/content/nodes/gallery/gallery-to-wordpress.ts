import { blockMarkup, escapeHtmlAttribute, joinBlocks, type BlockAttributes } from '../../wordpress/block-comment';
import type { MediaResolver, StoryNodeRenderer } from '../../wordpress/block-render-context';
import { writtenCaption } from '../../wordpress/caption-markup';
import { imageBlock, imageParts } from '../image/image-to-wordpress';
import { galleryDeclaration, type GalleryImage } from './gallery-declaration';

type Gallery = ReturnType<typeof galleryDeclaration.read>;

/**
 * core/gallery in the form it came in: 6.1's nested form (each image a core/image block, as the
 * image renderer writes it), 5.x's list form, or the `[gallery]` shortcode (also a gallery's form
 * in a classic post). A gallery made in Presswork is written nested. Empty, it is left out.
 */
export const galleryToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node, context) {
    const gallery = galleryDeclaration.read(galleryDeclaration.upgrade(node));
    if (gallery.images.length === 0 && gallery.form !== 'shortcode') return null;
    if (context.classicForm || gallery.form === 'shortcode') return galleryShortcode(gallery, context.media);
    return gallery.form === 'list' ? listGallery(gallery, context.media) : nestedGallery(gallery, context.media);
  },
};

function nestedGallery(gallery: Gallery, media: MediaResolver): string {
  const images = gallery.images.map((image) => imageBlock(image, imageParts(image, media)));
  const classes = classList([
    'wp-block-gallery',
    'has-nested-images',
    gallery.columns !== null ? `columns-${gallery.columns}` : 'columns-default',
    gallery.imageCrop && 'is-cropped',
    gallery.align && `align${gallery.align}`,
    gallery.className,
  ]);
  const caption = writtenCaption(gallery);
  const figcaption = caption ? `<figcaption class="blocks-gallery-caption wp-element-caption">${caption}</figcaption>` : '';
  return blockMarkup('core/gallery', galleryAttributes(gallery, media), `<figure class="${classes}"${anchor(gallery)}>${joinBlocks(images)}${figcaption}</figure>`);
}

/** 5.x's save: `<figure class="wp-block-gallery columns-N is-cropped"><ul class="blocks-gallery-grid">…`. */
function listGallery(gallery: Gallery, media: MediaResolver): string {
  const columns = gallery.columns ?? Math.min(3, gallery.images.length);
  const classes = classList(['wp-block-gallery', `columns-${columns}`, gallery.imageCrop && 'is-cropped', gallery.align && `align${gallery.align}`, gallery.className]);
  const items = gallery.images.map((image) => {
    const parts = imageParts(image, media);
    const img =
      `<img src="${escapeHtmlAttribute(parts.url)}" alt="${escapeHtmlAttribute(parts.alt)}"` +
      (parts.remoteId !== null ? ` data-id="${parts.remoteId}"` : '') +
      (image.fullUrl ? ` data-full-url="${escapeHtmlAttribute(image.fullUrl)}"` : '') +
      (image.attachmentLink ? ` data-link="${escapeHtmlAttribute(image.attachmentLink)}"` : '') +
      (parts.remoteId !== null ? ` class="wp-image-${parts.remoteId}"` : '') +
      '/>';
    const href = image.href || listHref(gallery.linkTo, image, parts.url);
    const linked = href ? `<a href="${escapeHtmlAttribute(href)}">${img}</a>` : img;
    const caption = parts.captionHtml ? `<figcaption class="blocks-gallery-item__caption">${parts.captionHtml}</figcaption>` : '';
    return `<li class="blocks-gallery-item"><figure>${linked}${caption}</figure></li>`;
  });
  const caption = writtenCaption(gallery);
  const figcaption = caption ? `<figcaption class="blocks-gallery-caption">${caption}</figcaption>` : '';
  return blockMarkup(
    'core/gallery',
    galleryAttributes(gallery, media),
    `<figure class="${classes}"${anchor(gallery)}><ul class="blocks-gallery-grid">${items.join('')}</ul>${figcaption}</figure>`,
  );
}

function listHref(linkTo: string, image: GalleryImage, url: string): string {
  if (linkTo === 'media') return image.fullUrl || url;
  if (linkTo === 'attachment') return image.attachmentLink;
  return '';
}

/** The comment's attributes in block.json's order (ids, columns, imageCrop, fixedHeight, linkTarget, linkTo, sizeSlug), then supports'. */
function galleryAttributes(gallery: Gallery, media: MediaResolver): BlockAttributes {
  const attrs: BlockAttributes = {};
  if (gallery.writeIds) attrs.ids = gallery.images.map((image) => remoteIdOf(image, media)).filter((id): id is number => id !== null);
  if (gallery.columns !== null) attrs.columns = gallery.columns;
  if (!gallery.imageCrop) attrs.imageCrop = false;
  if (!gallery.fixedHeight) attrs.fixedHeight = false;
  if (gallery.linkTarget) attrs.linkTarget = gallery.linkTarget;
  if (gallery.linkTo) attrs.linkTo = gallery.linkTo;
  if (gallery.sizeSlug) attrs.sizeSlug = gallery.sizeSlug;
  if (gallery.align) attrs.align = gallery.align;
  if (gallery.className) attrs.className = gallery.className;
  return attrs;
}

/** `[gallery ids="7,8,9" columns="3"]`: its own attributes kept, its ids those of the images now in it. */
function galleryShortcode(gallery: Gallery, media: MediaResolver): string {
  const ids = gallery.images.map((image) => remoteIdOf(image, media)).filter((id): id is number => id !== null);
  const attributes: Record<string, string> = gallery.shortcode
    ? { ...gallery.shortcode }
    : { ...(gallery.columns !== null ? { columns: String(gallery.columns) } : {}), ...(gallery.linkTo === 'media' ? { link: 'file' } : {}) };
  if (ids.length > 0 || 'ids' in attributes) attributes.ids = ids.join(',');
  const order = gallery.shortcode ? Object.keys(attributes) : ['ids', ...Object.keys(attributes).filter((key) => key !== 'ids')];
  return `[gallery${order.map((key) => ` ${key}="${(attributes[key] ?? '').replace(/"/g, '&quot;')}"`).join('')}]`;
}

function remoteIdOf(image: GalleryImage, media: MediaResolver): number | null {
  if (!image.mediaId) return null;
  const resolved = media(image.mediaId);
  if (resolved) return resolved.remoteId;
  const attachment = /^wp-attachment:(\d+)$/.exec(image.mediaId);
  return attachment ? Number(attachment[1]) : null;
}

function anchor(gallery: Gallery): string {
  return gallery.anchor ? ` id="${escapeHtmlAttribute(gallery.anchor)}"` : '';
}

function classList(names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
