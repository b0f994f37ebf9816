import { detectEmbedProvider, isEmbedProvider, type EmbedProvider } from '../../embed-provider';
import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const EMBED_VERSION = 1;

/**
 * Something embedded from another site by its URL: a YouTube or Vimeo video, a post on X,
 * Instagram or Facebook, or any other page as a link card. Only the URL and provider are
 * stored; the editor shows a placeholder card and never loads the remote script, and
 * WordPress renders the real embed through oEmbed when the story is published.
 * The provider follows the URL: both are written only through `setURL`.
 */
export const embedDeclaration = declareStoryNode(
  'embed',
  EMBED_VERSION,
  {
    url: { parse: parseText, accessor: 'URL', readonly: true },
    provider: { parse: (json: unknown): EmbedProvider => (isEmbedProvider(json) ? json : 'link'), readonly: true },
  },
  {
    // JSON without a known provider takes the one its URL's host belongs to.
    complete: (json) =>
      isEmbedProvider(json.provider) ? json : { ...json, provider: detectEmbedProvider(typeof json.url === 'string' ? json.url : '') },
  },
);

export type SerializedEmbedNode = { type: 'embed'; version: number } & FieldValues<typeof embedDeclaration.fields>;
