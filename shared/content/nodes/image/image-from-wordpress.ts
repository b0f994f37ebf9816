import { isElement, parseHtmlDocument, tagName } from '../../dom-window';
import { CAPTION_MARK, collapse, type ImportContext, type RemoteImage, type StoryNodeParser } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import { imageDeclaration } from './image-declaration';

const CAPTION_CHUNK = new RegExp(`^${CAPTION_MARK.replace(/[[\]]/g, '\\$&')}(\\d+)\\]$`);

/**
 * core/image, and in classic content a paragraph that is only an image (linked or not) or a
 * `[caption]` shortcode. The caller maps the image to a media-library item.
 */
export const imageFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/image',
  fromBlock(block, context) {
    const attrs = (block.attrs ?? {}) as Record<string, unknown>;
    const doc = parseHtmlDocument(block.innerHTML, context.window);
    const img = doc.querySelector('img');
    const figcaption = doc.querySelector('figcaption');
    const { caption, credit } = figcaption ? splitCaption(figcaption) : { caption: '', credit: '' };
    const remoteId = typeof attrs.id === 'number' ? attrs.id : classId(img);
    return imageNodes({ remoteId, url: img?.getAttribute('src') ?? '', alt: img?.getAttribute('alt') ?? '', caption, credit }, context);
  },
  fromClassicChunk(chunk, context) {
    const mark = CAPTION_CHUNK.exec(chunk);
    if (mark) {
      const inner = context.captions[Number(mark[1])] ?? '';
      const doc = parseHtmlDocument(inner, context.window);
      const img = doc.querySelector('img');
      if (!img) return [];
      img.closest('a')?.remove();
      img.remove();
      return classicImage(img, collapse(doc.body?.textContent ?? ''), context);
    }
    if (/^(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?$/i.test(chunk)) {
      const img = parseHtmlDocument(chunk, context.window).querySelector('img');
      return img ? classicImage(img, '', context) : [];
    }
    return null;
  },
};

function classId(img: Element | null): number | null {
  const match = /\bwp-image-(\d+)\b/.exec(img?.getAttribute('class') ?? '');
  return match ? Number(match[1]) : null;
}

function classicImage(img: Element, caption: string, context: ImportContext): NodeJSON[] {
  return imageNodes({ remoteId: classId(img), url: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? '', caption, credit: '' }, context);
}

function imageNodes(remote: RemoteImage, context: ImportContext): NodeJSON[] {
  const { media } = context.options;
  const mediaId = media ? media(remote) : remote.remoteId !== null ? `wp-attachment:${remote.remoteId}` : null;
  if (!mediaId) return [];
  return [imageDeclaration.json({ mediaId, caption: remote.caption, credit: remote.credit, altText: remote.alt })];
}

/** The converter writes "caption<br><em>credit</em>"; read it back the same way. */
function splitCaption(figcaption: Element): { caption: string; credit: string } {
  const elements = Array.from(figcaption.children);
  const last = elements[elements.length - 1];
  const tail = last && tagName(last) === 'em' && last.nextSibling === null ? last : null;
  const before = tail?.previousSibling ?? null;
  const creditLike = tail && (before === null || (isElement(before) && tagName(before) === 'br'));
  if (!creditLike || !tail) return { caption: collapse(figcaption.textContent ?? ''), credit: '' };
  const credit = collapse(tail.textContent ?? '');
  tail.remove();
  if (before) before.remove();
  return { caption: collapse(figcaption.textContent ?? ''), credit };
}
