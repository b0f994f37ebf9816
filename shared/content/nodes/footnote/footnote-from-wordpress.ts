import { tagName } from '../../dom-window';
import type { FootnoteTexts } from '../../html-to-nodes';
import { FOOTNOTE_REFERENCE_HREF } from '../../wordpress/footnote-anchors';
import type { NodeJSON } from '../story-node-declaration';
import { footnoteDeclaration } from './footnote-declaration';

/**
 * A footnote reference in a post's text, `<sup><a href="#fn-3">3</a></sup>` (or `#<note id>`),
 * whose note is known → the footnote node; null for any other `<sup>`. Footnotes have no block
 * of their own: the HTML reader asks here for each superscript it meets.
 */
export function footnoteFromReference(sup: Element, footnotes: FootnoteTexts): NodeJSON | null {
  const elements = Array.from(sup.children);
  const link = elements[0];
  if (elements.length !== 1 || !link || tagName(link) !== 'a') return null;
  const match = FOOTNOTE_REFERENCE_HREF.exec(link.getAttribute('href') ?? '');
  if (!match) return null;
  const note = footnotes.get(match[1]!);
  return note === undefined ? null : footnoteDeclaration.json({ note });
}
