import { parseHtmlDocument, tagName, type DomWindow } from '../../dom-window';
import { captionFields, rawCaption } from '../../wordpress/caption-markup';
import { CAPTION_MARK, type ImportContext, type ParsedBlock, type StoryNodeParser } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import { IMAGE_ALIGNS, IMAGE_LINK_DESTINATIONS, imageDeclaration, isSiteUrl, type ImageFields, type ImageForm } from './image-declaration';

const CAPTION_CHUNK = new RegExp(`^${CAPTION_MARK.replace(/[[\]]/g, '\\$&')}(\\d+)\\]$`);
const CAPTION_SHORTCODE = /^\[caption\b([^\]]*)\]([\s\S]*)\[\/caption\]$/i;
const LINKED_IMAGE = /^(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?$/i;

/**
 * core/image (every attribute 6.1 writes, in the 6.1 figure form or the older div-wrapped form of
 * aligned images), and in classic content an image standing alone (linked or not) or a
 * `[caption]` shortcode. An image with an attachment id refers to its attachment; one without
 * (a hotlinked wire photo) is kept as an external image with its src, never dropped.
 */
export const imageFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/image',
  fromBlock(block, context) {
    const fields = safe(imageBlockFields(block, context.window));
    return fields ? [imageJson(fields, context)] : [];
  },
  fromClassicChunk(chunk, context) {
    const mark = CAPTION_CHUNK.exec(chunk);
    const shortcode = mark ? (context.captions[Number(mark[1])] ?? '') : chunk;
    if (mark || CAPTION_SHORTCODE.test(shortcode)) {
      const fields = safe(captionShortcodeFields(shortcode, context.window));
      return fields ? [imageJson(fields, context)] : [];
    }
    if (LINKED_IMAGE.test(chunk)) {
      const img = parseHtmlDocument(chunk, context.window).querySelector('img');
      const fields = safe(img ? classicImageFields(img) : null);
      return fields ? [imageJson(fields, context)] : [];
    }
    return null;
  },
};

/**
 * An image whose src or link the content model would not keep (`javascript:`, `data:`) is not
 * modelled: the verified pull keeps its block as it is on the site rather than lose the address.
 */
function safe(fields: ImageFields | null): ImageFields | null {
  if (!fields || !isSiteUrl(fields.src ?? '')) return null;
  if (fields.href && !isSiteUrl(fields.href)) return null;
  return fields;
}

/** A core/image block's fields as its attributes and markup say; null when it holds no image. */
export function imageBlockFields(block: ParsedBlock, window: DomWindow): ImageFields | null {
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const body = parseHtmlDocument(block.innerHTML, window).body;
  const outer = body?.firstElementChild ?? null;
  if (!outer) return null;
  const form: ImageForm = tagName(outer) === 'div' ? 'block-div' : 'block';
  const figure = form === 'block-div' ? outer.querySelector('figure') : outer;
  const img = figure?.querySelector('img') ?? null;
  if (!figure || !img) return null;
  const link = img.parentElement && tagName(img.parentElement) === 'a' ? img.parentElement : null;
  const figcaption = figure.querySelector('figcaption');
  const id = typeof attrs.id === 'number' ? attrs.id : classId(img);
  return {
    mediaId: id !== null ? `wp-attachment:${id}` : '',
    src: img.getAttribute('src') ?? '',
    altText: img.getAttribute('alt') ?? '',
    title: img.getAttribute('title') ?? '',
    sizeSlug: text(attrs.sizeSlug),
    align: (IMAGE_ALIGNS as readonly unknown[]).includes(attrs.align) ? (attrs.align as ImageFields['align']) : '',
    width: dimension(attrs.width),
    height: dimension(attrs.height),
    linkDestination: (IMAGE_LINK_DESTINATIONS as readonly unknown[]).includes(attrs.linkDestination) ? (attrs.linkDestination as ImageFields['linkDestination']) : '',
    ...linkFields(link),
    className: text(attrs.className),
    anchor: outer.getAttribute('id') ?? '',
    form,
    ...(figcaption ? captionFields(rawCaption(block.innerHTML) ?? figcaption.innerHTML, window) : {}),
    legacyCaption: figcaption !== null && !figcaption.hasAttribute('class'),
  };
}

/** `[caption id="attachment_7" align="alignright" width="300"]<a><img></a> Words[/caption]`. */
function captionShortcodeFields(shortcode: string, window: DomWindow): ImageFields | null {
  const match = CAPTION_SHORTCODE.exec(shortcode.trim());
  // The mark of an older chunker carries only the shortcode's inside.
  const attributes = match ? shortcodeAttributes(match[1] ?? '') : null;
  const inner = match ? (match[2] ?? '') : shortcode;
  const body = parseHtmlDocument(inner, window).body;
  const img = body?.querySelector('img') ?? null;
  if (!body || !img) return null;
  // As WordPress's own transform does: the caption is what is left once the image's topmost wrapper goes.
  let top: Element = img;
  while (top.parentElement && top.parentElement !== body) top = top.parentElement;
  top.remove();
  const captionSource = attributes && 'caption' in attributes ? (attributes.caption ?? '') : body.innerHTML.trim();
  return {
    ...classicImageFields(img),
    ...(captionSource ? captionFields(captionSource, window) : {}),
    shortcode: attributes,
  };
}

function classicImageFields(img: Element): ImageFields {
  const className = img.getAttribute('class') ?? '';
  const id = classId(img);
  const align = /\balign(left|right|center)\b/.exec(className)?.[1] ?? '';
  const link = img.parentElement && tagName(img.parentElement) === 'a' ? img.parentElement : null;
  return {
    mediaId: id !== null ? `wp-attachment:${id}` : '',
    src: img.getAttribute('src') ?? '',
    altText: img.getAttribute('alt') ?? '',
    title: img.getAttribute('title') ?? '',
    sizeSlug: /\bsize-([\w-]+)\b/.exec(className)?.[1] ?? '',
    align: align as ImageFields['align'],
    width: dimension(Number(img.getAttribute('width') ?? '')),
    height: dimension(Number(img.getAttribute('height') ?? '')),
    ...linkFields(link),
    form: 'classic',
    imgClass: className,
  };
}

function linkFields(link: Element | null): Pick<ImageFields, 'href' | 'linkTarget' | 'rel' | 'linkClass'> {
  return {
    href: link?.getAttribute('href') ?? '',
    linkTarget: link?.getAttribute('target') ?? '',
    rel: link?.getAttribute('rel') ?? '',
    linkClass: link?.getAttribute('class') ?? '',
  };
}

/** The node's JSON, its media item as the caller maps it (an external image keeps only its src). */
export function imageJson(fields: ImageFields, context: ImportContext): NodeJSON {
  const remoteId = /^wp-attachment:(\d+)$/.exec(fields.mediaId)?.[1];
  const { media } = context.options;
  const mediaId = media
    ? (media({ remoteId: remoteId ? Number(remoteId) : null, url: fields.src ?? '', alt: fields.altText ?? '', caption: fields.caption ?? '', credit: fields.credit ?? '' }) ?? '')
    : fields.mediaId;
  return imageDeclaration.json({ ...fields, mediaId });
}

/** `id="attachment_7" align='alignright' width=300`, in the order written. */
export function shortcodeAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of source.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"\]]+))/g)) {
    out[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return out;
}

function classId(img: Element | null): number | null {
  const match = /\bwp-image-(\d+)\b/.exec(img?.getAttribute('class') ?? '');
  return match ? Number(match[1]) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}
