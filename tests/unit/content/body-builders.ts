import { imageDeclaration } from '../../../shared/content/nodes/image/image-declaration';
import type { BodyState } from '../../../shared/story/story-schema';
import { normalizeBody } from '../../../shared/content/story-editor';

/** Compact builders for serialized story bodies in tests; Lexical fills in the defaults. */
export type Json = { type: string; children?: Json[]; [key: string]: unknown };

export const text = (value: string, format = 0): Json => ({ type: 'text', version: 1, text: value, format });
export const br = (): Json => ({ type: 'linebreak', version: 1 });
export const p = (...children: Json[]): Json => ({ type: 'paragraph', version: 1, children });
export const h = (tag: 'h2' | 'h3' | 'h4', ...children: Json[]): Json => ({ type: 'heading', version: 1, tag, children });
export const quote = (...children: Json[]): Json => ({ type: 'quote', version: 1, children });
export const link = (url: string, ...children: Json[]): Json => ({ type: 'link', version: 1, url, children });
export const footnote = (note: string): Json => ({ type: 'footnote', version: 1, note });
export const li = (...children: Json[]): Json => ({ type: 'listitem', version: 1, children });
export const list = (listType: 'bullet' | 'number', ...items: Json[]): Json => ({
  type: 'list',
  version: 1,
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children: items,
});
export const cell = (header: boolean, ...children: Json[]): Json => ({
  type: 'tablecell',
  version: 1,
  headerState: header ? 1 : 0,
  colSpan: 1,
  children: [p(...children)],
});
export const row = (...cells: Json[]): Json => ({ type: 'tablerow', version: 1, children: cells });
export const table = (...rows: Json[]): Json => ({ type: 'table', version: 1, children: rows });
export const pullQuote = (value: string, citation = ''): Json => ({ type: 'pull-quote', version: 1, text: value, citation });
export const image = (mediaId: string, caption = '', credit = '', altText = ''): Json =>
  imageDeclaration.json({ mediaId, caption, credit, altText, sizeSlug: 'large', linkDestination: 'none' });
export const embed = (url: string): Json => ({ type: 'embed', version: 1, url });
export const separator = (): Json => ({ type: 'separator', version: 1 });

export function body(...children: Json[]): BodyState {
  return normalizeBody({ root: { type: 'root', version: 1, children } } as unknown as BodyState);
}
