import { detectEmbedProvider, isEmbedProvider, type EmbedProvider } from '../../embed-provider';
import { parsePublishedCaption } from '../published-caption';
import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const EMBED_VERSION = 2;

const EMBED_ALIGNS = ['left', 'right', 'center', 'wide', 'full'] as const;
const parseAlign = (json: unknown): string => ((EMBED_ALIGNS as readonly unknown[]).includes(json) ? (json as string) : '');
const parseBlockName = (json: unknown): string => (typeof json === 'string' && /^core(?:-embed)?\/[a-z0-9-]+$/.test(json) ? json : 'core/embed');

/**
 * Something embedded from another site by its URL: a YouTube or Vimeo video, a post on X,
 * Instagram or Facebook, or any other page as a link card. The editor shows a placeholder card
 * and never loads the remote script; WordPress renders the real embed through oEmbed when the
 * story is published. The provider follows the URL: both are written only through `setURL`.
 *
 * An embed pulled from a site keeps every attribute its block had (`asPublished`): the oEmbed
 * type, provider slug, responsiveness, aspect-ratio classes, alignment, the block name of 5.x's
 * `core-embed/*` blocks and the caption markup, so it goes back exactly as it came. An embed
 * placed in Presswork takes its provider's usual attributes.
 */
export const embedDeclaration = declareStoryNode(
  'embed',
  EMBED_VERSION,
  {
    url: { parse: parseText, accessor: 'URL', readonly: true },
    provider: { parse: (json: unknown): EmbedProvider => (isEmbedProvider(json) ? json : 'link'), readonly: true },
    caption: { parse: parseText, readerText: true },
    publishedCaption: { parse: parsePublishedCaption },
    /** The attributes below are the site's, written as they are (else derived from the provider). */
    asPublished: { parse: (json: unknown): boolean => json === true, readonly: true },
    /** The oEmbed type (`video`, `rich`, `wp-embed`), the block's `type` attribute. */
    embedType: { parse: parseText, readonly: true },
    providerNameSlug: { parse: parseText, readonly: true },
    responsive: { parse: (json: unknown): boolean => json === true, readonly: true },
    className: { parse: parseText, readonly: true },
    align: { parse: parseAlign },
    anchor: { parse: parseText },
    blockName: { parse: parseBlockName, readonly: true },
    /** The figcaption had no class: written before 6.1 added `wp-element-caption`. */
    legacyCaption: { parse: (json: unknown): boolean => json === true },
  },
  {
    // JSON without a known provider takes the one its URL's host belongs to.
    complete: (json) =>
      isEmbedProvider(json.provider) ? json : { ...json, provider: detectEmbedProvider(typeof json.url === 'string' ? json.url : '') },
  },
);

export type SerializedEmbedNode = { type: 'embed'; version: number } & FieldValues<typeof embedDeclaration.fields>;
