import { parseHtmlDocument } from '../../dom-window';
import { detectEmbedProvider } from '../../embed-provider';
import { isAllowedLinkUrl } from '../../link-policy';
import { collapse, type StoryNodeParser } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import { embedDeclaration } from './embed-declaration';

/** core/embed (and WordPress 5.x's core-embed/*), and a classic paragraph that is only a known provider's URL. */
export const embedFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/embed' || name.startsWith('core-embed/'),
  fromBlock(block, context) {
    const url = (block.attrs ?? {}).url;
    if (typeof url === 'string') return embedNodes(url);
    if (block.blockName !== 'core/embed') return embedNodes('');
    const wrapper = parseHtmlDocument(block.innerHTML, context.window).querySelector('.wp-block-embed__wrapper');
    return embedNodes(collapse(wrapper?.textContent ?? ''));
  },
  // WordPress turns such a URL into an embed when it displays the post.
  fromClassicChunk: (chunk) => (/^https?:\/\/\S+$/.test(chunk) && detectEmbedProvider(chunk) !== 'link' ? embedNodes(chunk) : null),
};

function embedNodes(url: string): NodeJSON[] {
  const clean = url.trim();
  if (!/^https?:\/\//i.test(clean) || !isAllowedLinkUrl(clean)) return [];
  return [embedDeclaration.json({ url: clean, provider: detectEmbedProvider(clean) })];
}
