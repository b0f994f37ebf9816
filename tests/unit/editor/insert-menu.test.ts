import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { embedUrlProblem } from '../../../renderer/editor/embed/embed-url';
import { $removeSlashQuery, filterInsertOptions } from '../../../renderer/editor/plugins/SlashMenuPlugin';

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

describe('removing the typed "/query" when an insert is chosen', () => {
  const editor = () =>
    createHeadlessEditor({
      namespace: 'presswork-body',
      onError(error) {
        throw error;
      },
    });
  /** One paragraph of `text`, caret at its end; splits at `splitAt` as the typeahead would, removes the query, then types "|" at the caret. */
  function run(text: string, splitAt: number | null): string {
    const e = editor();
    e.update(
      () => {
        const node = $createTextNode(text);
        $getRoot().append($createParagraphNode().append(node));
        node.select(text.length, text.length);
        const split = splitAt === null ? null : (node.splitText(splitAt)[1] ?? null);
        $removeSlashQuery(split);
        $getSelection()?.insertText('|');
      },
      { discrete: true },
    );
    return e.getEditorState().read(() => $getRoot().getTextContent());
  }

  it('removes the whole query when the typeahead split it off whole', () => {
    expect(run('Intro /sub', 6)).toBe('Intro |');
  });
  it('removes the "/" too when the split lagged a keystroke and held only part of the query', () => {
    expect(run('/sub', 1)).toBe('|');
    expect(run('Intro /sub', 7)).toBe('Intro |');
  });
  it('reads the live caret when nothing was split, and leaves a "/" inside a word alone', () => {
    expect(run('Intro /sub', null)).toBe('Intro |');
    expect(run('and/or', null)).toBe('and/or|');
  });
});
