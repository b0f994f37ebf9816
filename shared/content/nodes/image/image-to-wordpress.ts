import { blockMarkup, escapeHtmlAttribute, type BlockAttributes } from '../../wordpress/block-comment';
import { captionHtml, writtenCaption } from '../../wordpress/caption-markup';
import { BlockConversionError, type MediaResolver, type StoryNodeRenderer } from '../../wordpress/block-render-context';
import { imageDeclaration, type ImageFieldValues } from './image-declaration';

/** What the markup of one image is made from once its media item is resolved. */
export interface ImageMarkupParts {
  remoteId: number | null;
  url: string;
  alt: string;
  /** The figcaption's (or shortcode's) inner HTML; empty for none. */
  captionHtml: string;
}

/**
 * core/image exactly as WordPress 6.1's save function writes it for the node's attributes (or in
 * the older form it came in), or, for a classic post, the `<img>`/`[caption]` the classic editor
 * writes. An image the site published keeps its own src, size and words; one placed in Presswork
 * takes its library URL (the large size) and, where it has none of its own, the library's words.
 * Throws BlockConversionError for an image not uploaded yet.
 */
export const imageToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node, context) {
    const image = readImage(node);
    const parts = imageParts(image, context.media);
    return context.classicForm ? classicImageHtml(image, parts) : imageBlock(image, parts);
  },
};

export function readImage(node: Record<string, unknown>): ImageFieldValues {
  return imageDeclaration.read(imageDeclaration.upgrade(node));
}

export function imageParts(image: ImageFieldValues, media: MediaResolver): ImageMarkupParts {
  const own = image.src !== '';
  if (image.mediaId === '') {
    if (!own) throw new BlockConversionError('An image in the story has no media-library item. Choose an image for it, or remove it, and publish again.');
    return { remoteId: null, url: image.src, alt: image.altText, captionHtml: writtenCaption(image) };
  }
  const resolved = media(image.mediaId);
  const attachment = /^wp-attachment:(\d+)$/.exec(image.mediaId);
  if (!resolved && !own) {
    throw new BlockConversionError(
      `An image in the story (media item ${image.mediaId}) has not been uploaded to WordPress yet. Upload it, or remove it from the story, and publish again.`,
    );
  }
  // Unresolved with its own src: an external image brought into the library but still shown from
  // its published address (the user has not chosen the library copy), written back as it came.
  const remoteId = resolved ? resolved.remoteId : attachment ? Number(attachment[1]) : null;
  if (own) return { remoteId, url: image.src, alt: image.altText, captionHtml: writtenCaption(image) };
  // A new image: the node's own words win, the library's fill what it leaves empty.
  return {
    remoteId,
    url: resolved!.url,
    alt: image.altText || resolved!.alt,
    captionHtml: captionHtml(image.caption || resolved!.caption, image.credit || resolved!.credit),
  };
}

/** The block's comment attributes, in the order 6.1's serializer writes them. */
export function imageAttributes(image: ImageFieldValues, remoteId: number | null): BlockAttributes {
  const attrs: BlockAttributes = {};
  if (image.align) attrs.align = image.align;
  if (remoteId !== null) attrs.id = remoteId;
  if (image.width !== null) attrs.width = image.width;
  if (image.height !== null) attrs.height = image.height;
  const sizeSlug = effectiveSizeSlug(image);
  if (sizeSlug) attrs.sizeSlug = sizeSlug;
  const destination = image.linkDestination || (image.src === '' ? 'none' : '');
  if (destination) attrs.linkDestination = destination;
  if (image.className) attrs.className = image.className;
  return attrs;
}

// A new image is the library's large size, as the block editor inserts one.
function effectiveSizeSlug(image: ImageFieldValues): string {
  return image.sizeSlug || (image.src === '' ? 'large' : '');
}

export function imageBlock(image: ImageFieldValues, parts: ImageMarkupParts): string {
  return blockMarkup('core/image', imageAttributes(image, parts.remoteId), imageFigure(image, parts));
}

/** The block's inner HTML: `<figure class="wp-block-image …">` with the linked image and its caption. */
export function imageFigure(image: ImageFieldValues, parts: ImageMarkupParts): string {
  const sizeSlug = effectiveSizeSlug(image);
  const resized = image.width !== null || image.height !== null;
  const own = classList([image.align && `align${image.align}`, sizeSlug && `size-${sizeSlug}`, resized && 'is-resized']);
  const img =
    `<img src="${escapeHtmlAttribute(parts.url)}" alt="${escapeHtmlAttribute(parts.alt)}"` +
    (parts.remoteId !== null ? ` class="wp-image-${parts.remoteId}"` : '') +
    (image.width !== null ? ` width="${image.width}"` : '') +
    (image.height !== null ? ` height="${image.height}"` : '') +
    (image.title ? ` title="${escapeHtmlAttribute(image.title)}"` : '') +
    '/>';
  const figcaption = parts.captionHtml
    ? `<figcaption${image.form === 'block' && !image.legacyCaption ? ' class="wp-element-caption"' : ''}>${parts.captionHtml}</figcaption>`
    : '';
  const content = `${linked(image, img)}${figcaption}`;
  const id = image.anchor ? ` id="${escapeHtmlAttribute(image.anchor)}"` : '';
  if (image.form === 'block-div') {
    return `<div class="${classList(['wp-block-image', image.className])}"${id}><figure class="${own}">${content}</figure></div>`;
  }
  return `<figure class="${classList(['wp-block-image', own, image.className])}"${id}>${content}</figure>`;
}

function linked(image: ImageFieldValues, img: string): string {
  if (!image.href) return img;
  const attr = (name: string, value: string) => (value ? ` ${name}="${escapeHtmlAttribute(value)}"` : '');
  return `<a${attr('class', image.linkClass)} href="${escapeHtmlAttribute(image.href)}"${attr('target', image.linkTarget)}${attr('rel', image.rel)}>${img}</a>`;
}

/**
 * The image as the classic editor stores it: `<img class="alignright size-medium wp-image-7" src
 * alt width height />`, linked when it has a link, inside a `[caption]` shortcode when captioned.
 */
export function classicImageHtml(image: ImageFieldValues, parts: ImageMarkupParts): string {
  const sizeSlug = effectiveSizeSlug(image);
  // An image read from classic content keeps its class exactly (none, when it had none), unless it
  // now takes its library copy's address, whose attachment the class must name.
  const className =
    image.form === 'classic' && image.src !== ''
      ? image.imgClass
      : classList([`align${image.align || 'none'}`, sizeSlug && `size-${sizeSlug}`, parts.remoteId !== null && `wp-image-${parts.remoteId}`]);
  const img =
    `<img${className ? ` class="${escapeHtmlAttribute(className)}"` : ''} src="${escapeHtmlAttribute(parts.url)}" alt="${escapeHtmlAttribute(parts.alt)}"` +
    (image.width !== null ? ` width="${image.width}"` : '') +
    (image.height !== null ? ` height="${image.height}"` : '') +
    (image.title ? ` title="${escapeHtmlAttribute(image.title)}"` : '') +
    ' />';
  const content = linked(image, img);
  if (!parts.captionHtml) return content;
  const shortcode = image.shortcode ?? {
    ...(parts.remoteId !== null ? { id: `attachment_${parts.remoteId}` } : {}),
    align: `align${image.align || 'none'}`,
    ...(image.width !== null ? { width: String(image.width) } : {}),
  };
  // `[caption caption="Words"]` holds its words in an attribute rather than after the image.
  const inAttribute = 'caption' in shortcode;
  const attrs = Object.entries(inAttribute ? { ...shortcode, caption: parts.captionHtml } : shortcode)
    .map(([key, value]) => ` ${key}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `[caption${attrs}]${content}${inAttribute ? '' : ` ${parts.captionHtml}`}[/caption]`;
}

function classList(names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
