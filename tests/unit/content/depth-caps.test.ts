import { describe, expect, it } from 'vitest';
import { htmlToBody } from '../../../shared/content/html-to-nodes';
import { sanitizeHtml } from '../../../shared/content/sanitize-html';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { BodyState, MAX_BODY_DEPTH, SavedBody } from '../../../shared/story/story-schema';
import { nodeWindow } from './dom-window';

const window = nodeWindow();

function nested(path: string, depth: number, words: string): string {
  const tags = path.split('>');
  return `${tags.map((t) => `<${t}>`).join('').repeat(depth)}${words}${[...tags].reverse().map((t) => `</${t}>`).join('').repeat(depth)}`;
}

describe('every walk is capped in depth', () => {
  it.each(['div', 'span', 'ul>li', 'blockquote', 'table>tbody>tr>td', 'em'])('5,000 nested %s: sanitized, converted and pulled, with the words kept', (path) => {
    const html = nested(path, 5000, 'The deep words');
    expect(sanitizeHtml(html, window)).toContain('The deep words');
    expect(bodyPlainText(htmlToBody(html, window))).toContain('The deep words');
    expect(bodyPlainText(wordpressToBody(html, window))).toContain('The deep words');
    expect(bodyPlainText(wordpressToBody(`<!-- wp:group -->\n<div class="wp-block-group">${html}</div>\n<!-- /wp:group -->`, window))).toContain('The deep words');
  });

  it('a saved body may not nest past the limit, and checking a hostile one does not overflow the stack', () => {
    const body = (depth: number) => {
      let node: Record<string, unknown> = { type: 'text', version: 1, text: 'x', format: 0, detail: 0, mode: 'normal', style: '' };
      for (let i = 0; i < depth; i++) node = { type: 'quote', version: 1, direction: null, format: '', indent: 0, children: [node] };
      return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [node] } };
    };
    const refused = SavedBody.safeParse(body(100_000));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toContain(`The story nests deeper than ${MAX_BODY_DEPTH} levels; flatten its lists or quotes.`);
    expect(BodyState.safeParse(body(100_000)).success).toBe(true);
    expect(SavedBody.safeParse(body(MAX_BODY_DEPTH - 2)).error?.issues.filter((i) => i.message.includes('nests deeper')) ?? []).toEqual([]);
  });
});
