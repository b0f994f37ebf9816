import { parseHtmlDocument } from '../../dom-window';
import { detectEmbedProvider } from '../../embed-provider';
import { isAllowedLinkUrl } from '../../link-policy';
import { captionFields, rawCaption } from '../../wordpress/caption-markup';
import { collapse, type StoryNodeParser } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import { embedDeclaration } from './embed-declaration';

/**
 * core/embed (and WordPress 5.x's core-embed/*) with every attribute it had and its caption,
 * and a classic paragraph that is only a known provider's URL.
 */
export const embedFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/embed' || name.startsWith('core-embed/'),
  fromBlock(block, context) {
    const attrs = (block.attrs ?? {}) as Record<string, unknown>;
    const doc = parseHtmlDocument(block.innerHTML, context.window);
    const wrapper = doc.querySelector('.wp-block-embed__wrapper');
    const url = typeof attrs.url === 'string' ? attrs.url : block.blockName === 'core/embed' ? collapse(wrapper?.textContent ?? '') : '';
    const clean = url.trim();
    if (!/^https?:\/\//i.test(clean) || !isAllowedLinkUrl(clean)) return [];
    const figure = doc.body?.firstElementChild ?? null;
    const figcaption = figure?.querySelector('figcaption') ?? null;
    return [
      embedDeclaration.json({
        url: clean,
        provider: detectEmbedProvider(clean),
        asPublished: true,
        embedType: text(attrs.type),
        providerNameSlug: text(attrs.providerNameSlug),
        responsive: attrs.responsive === true,
        className: text(attrs.className),
        align: text(attrs.align),
        anchor: figure?.getAttribute('id') ?? '',
        blockName: block.blockName ?? 'core/embed',
        ...(figcaption ? captionFields(rawCaption(block.innerHTML) ?? figcaption.innerHTML, context.window, { credit: false }) : {}),
        legacyCaption: figcaption !== null && !figcaption.hasAttribute('class'),
      }),
    ];
  },
  // WordPress turns such a URL into an embed when it displays the post.
  fromClassicChunk: (chunk) => (/^https?:\/\/\S+$/.test(chunk) && detectEmbedProvider(chunk) !== 'link' ? embedNodes(chunk) : null),
};

function embedNodes(url: string): NodeJSON[] {
  const clean = url.trim();
  if (!/^https?:\/\//i.test(clean) || !isAllowedLinkUrl(clean)) return [];
  return [embedDeclaration.json({ url: clean, provider: detectEmbedProvider(clean) })];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
