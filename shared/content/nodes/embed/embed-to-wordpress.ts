import { detectEmbedProvider, isEmbedProvider, type EmbedProvider } from '../../embed-provider';
import { isAllowedLinkUrl } from '../../link-policy';
import { blockMarkup, escapeHtmlAttribute, escapeHtmlText, type BlockAttributes } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { writtenCaption } from '../../wordpress/caption-markup';
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

/**
 * core/embed as WordPress 6.1 saves it (a 5.x core-embed/* block under its own name); WordPress
 * fetches the embed itself through oEmbed. A pulled embed writes the attributes it came with; a
 * new one its provider's. In a classic post, the URL on its own line, which WordPress embeds.
 */
export const embedToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node, context) {
    const embed = embedDeclaration.read(embedDeclaration.upgrade(node));
    const url = embed.url.trim();
    // An embed is fetched by WordPress from the web: only http(s) addresses qualify.
    if (!/^https?:\/\//i.test(url) || !isAllowedLinkUrl(url)) return null;
    if (context.classicForm) return escapeHtmlText(url);
    const provider = isEmbedProvider(embed.provider) ? embed.provider : detectEmbedProvider(url);
    const shape: EmbedShape = embed.asPublished
      ? { type: embed.embedType || undefined, responsive: embed.responsive || undefined, className: embed.className || undefined }
      : EMBED_SHAPES[provider];
    const slug = embed.asPublished ? embed.providerNameSlug : provider === 'link' ? '' : provider;
    // Attributes in the order the block's serializer writes them (block.json order, then supports).
    const attrs: BlockAttributes = { url };
    if (shape.type) attrs.type = shape.type;
    if (slug) attrs.providerNameSlug = slug;
    if (shape.responsive) attrs.responsive = true;
    if (embed.align) attrs.align = embed.align;
    if (shape.className) attrs.className = shape.className;
    const classes = ['wp-block-embed'];
    if (shape.type) classes.push(`is-type-${shape.type}`);
    if (slug) classes.push(`is-provider-${slug}`, `wp-block-embed-${slug}`);
    if (embed.align) classes.push(`align${embed.align}`);
    if (shape.className) classes.push(shape.className);
    const caption = writtenCaption({ caption: embed.caption, publishedCaption: embed.publishedCaption });
    const figcaption = caption ? `<figcaption${embed.legacyCaption ? '' : ' class="wp-element-caption"'}>${caption}</figcaption>` : '';
    const id = embed.anchor ? ` id="${escapeHtmlAttribute(embed.anchor)}"` : '';
    return blockMarkup(
      embed.blockName,
      attrs,
      `<figure class="${[...new Set(classes)].join(' ')}"${id}><div class="wp-block-embed__wrapper">\n${escapeHtmlText(url)}\n</div>${figcaption}</figure>`,
    );
  },
};
