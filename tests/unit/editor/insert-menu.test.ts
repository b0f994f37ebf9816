import { describe, expect, it } from 'vitest';
import { embedUrlProblem } from '../../../renderer/editor/embed/embed-url';
import { filterInsertOptions } from '../../../renderer/editor/plugins/SlashMenuPlugin';

describe('insert menu filter', () => {
  const options = [
    { title: 'Subhead H2', keywords: ['heading', 'h2'] },
    { title: 'Pull quote', keywords: ['pullquote', 'quote'] },
    { title: 'Quote', keywords: ['blockquote'] },
    { title: 'Embed', keywords: ['video', 'youtube'] },
  ];
  it('matches titles anywhere and keywords by prefix, case-insensitively', () => {
    expect(filterInsertOptions(options, '').map((o) => o.title)).toHaveLength(4);
    expect(filterInsertOptions(options, 'QUO').map((o) => o.title)).toEqual(['Pull quote', 'Quote']);
    expect(filterInsertOptions(options, 'you').map((o) => o.title)).toEqual(['Embed']);
    expect(filterInsertOptions(options, 'ideo').map((o) => o.title)).toEqual([]);
  });
});

describe('embed addresses', () => {
  it('accepts only http and https pages and says why otherwise', () => {
    expect(embedUrlProblem('https://www.youtube.com/watch?v=x')).toBeNull();
    expect(embedUrlProblem('http://example.org/page')).toBeNull();
    expect(embedUrlProblem('mailto:desk@example.org')).toMatch(/http/);
    expect(embedUrlProblem('javascript:alert(1)')).toMatch(/not allowed/);
    expect(embedUrlProblem('')).toMatch(/Enter/);
  });
});
