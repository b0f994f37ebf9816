import { describe, expect, it } from 'vitest';
import { diffBodies } from '../../../shared/review/compare-revisions';
import type { BodyState } from '../../../shared/story/story-schema';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const body = (...children: unknown[]): BodyState => ({ root: { type: 'root', version: 1, children } }) as BodyState;
const p = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });

const changes = (before: BodyState, after: BodyState) =>
  diffBodies(before, after)
    .filter((part) => part.added || part.removed)
    .map((part) => `${part.added ? '+' : '-'}${part.value.trim()}`);

describe('comparing two bodies', () => {
  it.each([
    ['a pull quote’s citation', { type: 'pull-quote', version: 1, text: 'We stay', citation: 'The mayor' }, { type: 'pull-quote', version: 1, text: 'We stay', citation: 'The governor' }, ['-mayor', '+governor']],
    ['an image’s caption', { type: 'image', version: 1, mediaId: 'abc', caption: 'Dawn', credit: '', altText: '' }, { type: 'image', version: 1, mediaId: 'abc', caption: 'Dusk', credit: '', altText: '' }, ['-Dawn', '+Dusk']],
    ['an image’s credit and alt text', { type: 'image', version: 1, mediaId: 'abc', caption: 'Dawn', credit: '', altText: '' }, { type: 'image', version: 1, mediaId: 'abc', caption: 'Dawn', credit: 'AP', altText: 'Boats' }, ['+· Credit: AP · Alt text: Boats']],
    ['a different image', { type: 'image', version: 1, mediaId: 'aaaaaaaa-1', caption: 'Dawn', credit: '', altText: '' }, { type: 'image', version: 1, mediaId: 'bbbbbbbb-1', caption: 'Dawn', credit: '', altText: '' }, ['-aaaaaaaa', '+bbbbbbbb']],
    ['an embed’s address', { type: 'embed', version: 1, url: 'https://youtu.be/a', provider: 'youtube' }, { type: 'embed', version: 1, url: 'https://youtu.be/b', provider: 'youtube' }, ['-a', '+b']],
    ['a footnote’s note', p(text('Said'), { type: 'footnote', version: 1, note: 'In 2019' }), p(text('Said'), { type: 'footnote', version: 1, note: 'In 2020' }), ['-2019', '+2020']],
    ['a link’s target', p({ type: 'link', version: 1, url: 'https://a.example', children: [text('report')] }), p({ type: 'link', version: 1, url: 'https://b.example', children: [text('report')] }), ['-a', '+b']],
    ['a subhead’s level', { type: 'heading', version: 1, tag: 'h2', children: [text('Next')] }, { type: 'heading', version: 1, tag: 'h3', children: [text('Next')] }, ['-H2', '+H3']],
  ])('shows a change to %s', (_label, before, after, expected) => {
    expect(changes(body(before), body(after))).toEqual(expected);
  });

  it('finds nothing where nothing changed, cards included', () => {
    const same = body(p(text('Words')), { type: 'pull-quote', version: 1, text: 'Q', citation: 'C' }, { type: 'separator', version: 1 });
    expect(changes(same, same)).toEqual([]);
  });
});
