import { parseHtmlDocument } from '../../dom-window';
import { collapse, type StoryNodeParser } from '../../wordpress/block-import-context';
import { pullQuoteDeclaration } from './pull-quote-declaration';

// Stands in for a <br> while text is collapsed; cannot occur in HTML text.
const LINE = '\u0000';

/** core/pullquote: its paragraphs and line breaks become the quote's lines, `<cite>` its citation. */
export const pullQuoteFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/pullquote',
  fromBlock(block, context) {
    const doc = parseHtmlDocument(block.innerHTML, context.window);
    const cite = doc.querySelector('cite');
    const citation = collapse(cite?.textContent ?? '');
    cite?.remove();
    // Line breaks inside the quote, and separate paragraphs, are kept as lines.
    for (const br of Array.from(doc.querySelectorAll('br'))) br.replaceWith(doc.createTextNode(LINE));
    const text = Array.from(doc.querySelectorAll('p'))
      .flatMap((p) => (p.textContent ?? '').split(LINE).map(collapse))
      .filter((t) => t !== '')
      .join('\n');
    const fallback = text || collapse(doc.body?.textContent ?? '');
    if (!fallback && !citation) return [];
    return [pullQuoteDeclaration.json({ text: fallback, citation })];
  },
};
