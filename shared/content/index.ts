/**
 * The content model: story nodes, link policy, HTML sanitizing and WordPress conversion.
 * Headless and DOM-free except where a caller passes a window in; runs under Node and in the
 * renderer alike.
 */
export * from './nodes';
export { createStoryEditor, normalizeBody, checkBody, type BodyCheck } from './story-editor';
export { ALLOWED_LINK_PROTOCOLS, checkLinkUrl, checkEmbedUrl, isAllowedLinkUrl, sanitizeBodyLinks, type LinkCheck, type SanitizedLinks } from './link-policy';
export { sanitizeHtml, sanitizeHtmlToDocument } from './sanitize-html';
export { htmlToBody, cleanHtmlToNodes } from './html-to-nodes';
export { EMBED_PROVIDERS, detectEmbedProvider, embedProviderLabel, isEmbedProvider, type EmbedProvider } from './embed-provider';
export type { DomWindow } from './dom-window';
export { bodyToBlockMarkup, BlockConversionError, type MediaResolver, type ResolvedMedia } from './wordpress/to-blocks';
export { wordpressToBody, type RemoteImage, type WordPressImportOptions } from './wordpress/from-wordpress';
