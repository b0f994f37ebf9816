import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../shared/content/sanitize-html';
import { nodeWindow } from './dom-window';

const window = nodeWindow();

describe('sanitizer regressions found by the property test', () => {
  it('is idempotent for a space between a line break and a nested list (seed -1948424506)', () => {
    const once = sanitizeHtml('<ul><pre><p><p>word</p><p> </p></p><ol>word</ol></pre></ul>', window);
    expect(sanitizeHtml(once, window)).toBe(once);
    expect(once).not.toMatch(/<br> <ol>/);
  });
});

describe('sanitizer fixed point', () => {
  it('drops an inline wrapper left holding only a line break, in one call', () => {
    const once = sanitizeHtml('<tr style="vertical-align:super"> <p><p> </p></p></tr>', window);
    expect(once).toBe('');
  });
});
