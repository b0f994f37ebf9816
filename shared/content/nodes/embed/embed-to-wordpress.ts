import { detectEmbedProvider, isEmbedProvider, type EmbedProvider } from '../../embed-provider';
import { isAllowedLinkUrl } from '../../link-policy';
import { blockMarkup, escapeHtmlText, type BlockAttributes } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { embedDeclaration } from './embed-declaration';

interface EmbedShape {
  type?: string;
  responsive?: boolean;
  className?: string;
}

const EMBED_SHAPES: Record<EmbedProvider, EmbedShape> = {
  youtube: { type: 'video', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' },
  vimeo: { type: 'video', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' },
  twitter: { type: 'rich', responsive: true },
  instagram: { type: 'rich', responsive: true },
  facebook: { type: 'rich', responsive: true },
  link: {},
};

/** core/embed as WordPress 6.1 saves it; WordPress fetches the embed itself through oEmbed. */
export const embedToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node) {
    const url = embedDeclaration.read(node).url.trim();
    // An embed is fetched by WordPress from the web: only http(s) addresses qualify.
    if (!/^https?:\/\//i.test(url) || !isAllowedLinkUrl(url)) return null;
    const provider = isEmbedProvider(node.provider) ? node.provider : detectEmbedProvider(url);
    const shape = EMBED_SHAPES[provider];
    const attrs: BlockAttributes = { url };
    const classes = ['wp-block-embed'];
    if (shape.type) {
      attrs.type = shape.type;
      classes.push(`is-type-${shape.type}`);
    }
    if (provider !== 'link') {
      attrs.providerNameSlug = provider;
      classes.push(`is-provider-${provider}`, `wp-block-embed-${provider}`);
    }
    if (shape.responsive) attrs.responsive = true;
    if (shape.className) {
      attrs.className = shape.className;
      classes.push(shape.className);
    }
    return blockMarkup(
      'core/embed',
      attrs,
      `<figure class="${classes.join(' ')}"><div class="wp-block-embed__wrapper">\n${escapeHtmlText(url)}\n</div></figure>`,
    );
  },
};
