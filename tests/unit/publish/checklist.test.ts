import { describe, expect, it } from 'vitest';
import { hasBlockers, publishChecklist, type ChecklistInput, type ChecklistSite } from '../../../shared/publish/checklist';
import type { BodyState } from '../../../shared/story/story-schema';

const para = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const text = (t: string) => ({ type: 'text', version: 1, text: t });
const body = (...children: object[]): BodyState => ({ root: { type: 'root', children } }) as BodyState;

const ready: ChecklistInput = {
  headline: 'Votes counted',
  standfirst: 'The count ended overnight.',
  sectionCount: 1,
  featuredImageId: 'm1',
  body: body(para(text('All votes are in.'))),
  slug: 'votes-counted',
  liveSlug: null,
  slugTakenBy: null,
  images: [{ mediaId: 'm1', alt: 'A ballot box', exists: true }],
  openNotes: 0,
};

const ids = (input: Partial<ChecklistInput>) => publishChecklist({ ...ready, ...input }).map((i) => `${i.level}:${i.id}`);

describe('pre-publish checklist', () => {
  it('passes a finished story', () => {
    expect(publishChecklist(ready)).toEqual([]);
  });

  it('warns, without blocking, of an image the site published without alt text', () => {
    expect(ids({ images: [{ mediaId: 'wp-attachment:4', alt: '', exists: true, onSite: true }] })).toEqual(['warning:alt-text-site']);
    expect(ids({ images: [{ mediaId: 'm1', alt: '', exists: true, onSite: false }] })).toEqual(['blocker:alt-text']);
  });

  it('points out images shown from other sites, in galleries too, and not library images', () => {
    const wire = { type: 'image', version: 2, mediaId: '', src: 'https://ap.example.com/flood.jpg', caption: '' };
    const library = { type: 'image', version: 2, mediaId: 'm1', src: 'http://wp.test/a.jpg', caption: '' };
    const gallery = { type: 'gallery', version: 1, images: [{ ...wire, src: 'https://ap.example.com/2.jpg' }, library] };
    const items = publishChecklist({ ...ready, body: body(wire, library, gallery) });
    expect(items.map((i) => `${i.level}:${i.id}`)).toEqual(['warning:external-images']);
    expect(items[0]!.message).toBe('2 images are shown from another site (ap.example.com): they are not in your media library.');
    const one = publishChecklist({ ...ready, body: body({ ...wire, src: '/wp-content/uploads/old.jpg' }) });
    expect(one[0]!.message).toBe('1 image is shown from the site’s own files: it is not in your media library.');
    expect(ids({ body: body(library) })).toEqual([]);
    // Once sync brought a wire photo into the library (its src kept), only the others are named.
    const brought = { ...wire, mediaId: 'm2' };
    const after = publishChecklist({ ...ready, body: body(brought, { ...wire, src: 'https://reuters.example/3.jpg' }) });
    expect(after[0]!.message).toBe('1 image is shown from another site (reuters.example): it is not in your media library.');
    expect(ids({ body: body(brought) })).toEqual([]);
  });

  it('blocks on a missing headline, TKs, missing alt text and a bad or taken slug', () => {
    expect(ids({ headline: ' ' })).toEqual(['blocker:headline']);
    expect(ids({ body: body(para(text('Turnout was TK per cent.'))) })).toEqual(['blocker:tk']);
    expect(ids({ standfirst: 'TK' })).toEqual(['blocker:tk']);
    expect(ids({ images: [{ mediaId: 'm1', alt: '', exists: true }, { mediaId: 'm2', alt: ' ', exists: true }] })).toEqual(['blocker:alt-text']);
    expect(publishChecklist({ ...ready, images: [{ mediaId: 'm1', alt: '', exists: true }, { mediaId: 'm2', alt: '', exists: true }] })[0]!.message).toMatch(/^2 images have/);
    expect(ids({ images: [{ mediaId: 'm9', alt: '', exists: false }] })).toEqual(['blocker:image-missing']);
    expect(ids({ slug: 'Votes Counted' })).toEqual(['blocker:slug']);
    expect(ids({ slug: '' })).toEqual(['blocker:slug']);
    expect(ids({ slugTakenBy: { id: 4, title: 'Older story' } })).toEqual(['blocker:slug-taken']);
  });

  it('asks before a publish changes the address of a live post, and only then (#14.11)', () => {
    expect(ids({ liveSlug: 'votes-counted' })).toEqual([]);
    const items = publishChecklist({ ...ready, liveSlug: 'votes-counted-2' });
    expect(items.map((i) => `${i.level}:${i.id}`)).toEqual(['warning:slug-change']);
    expect(items[0]!.message).toContain('from “votes-counted-2” to “votes-counted”');
    // A slug that cannot be published is the blocker, not an address change.
    expect(ids({ liveSlug: 'votes-counted', slug: 'Bad Slug' })).toEqual(['blocker:slug']);
  });

  it('does not count words that merely contain TK', () => {
    expect(ids({ body: body(para(text('A TKO in the ring; atk.'))) })).toEqual([]);
  });

  it('blocks links with refused protocols, wherever they are nested', () => {
    const link = (url: string) => ({ type: 'link', version: 1, url, children: [text('here')] });
    expect(ids({ body: body({ type: 'list', children: [{ type: 'listitem', children: [link('javascript:alert(1)')] }] }) })).toEqual(['blocker:link']);
    expect(ids({ body: body(para(link('https://example.com/'), link('mailto:desk@example.com'))) })).toEqual([]);
  });

  it('warns, without blocking, about a missing standfirst, section or featured image', () => {
    const items = publishChecklist({ ...ready, standfirst: '', sectionCount: 0, featuredImageId: null, images: [] });
    expect(items.map((i) => `${i.level}:${i.id}`)).toEqual(['warning:standfirst', 'warning:section', 'warning:featured-image']);
    expect(hasBlockers(items)).toBe(false);
    expect(hasBlockers(publishChecklist({ ...ready, headline: '' }))).toBe(true);
  });

  describe('what of the metadata the site will show (#14.12)', () => {
    const site: ChecklistSite = {
      accountName: 'Desk Account',
      metadata: { seo: null, bylineField: null, language: 'en-US', theme: { name: 'Plain', excerptOnStory: false, excerptInLists: false } },
      byline: [],
      author: null,
      seoTitle: '',
      metaDescription: '',
    };
    const messages = (over: Partial<ChecklistSite>) => publishChecklist({ ...ready, site: { ...site, ...over } }).map((i) => `${i.level}:${i.id}: ${i.message}`);

    it('says nothing about fields the story leaves empty, nor where a byline field or an SEO plugin takes them', () => {
      expect(messages({ metadata: { ...site.metadata, theme: null } })).toEqual([]);
      expect(messages({ metadata: { ...site.metadata, theme: null, bylineField: 'byline', seo: { plugin: 'rank-math', writable: true } }, byline: ['A', 'B'], seoTitle: 'T', metaDescription: 'D' })).toEqual([]);
    });

    it('names the byline that will not show, the SEO field that will not reach the site, and a theme that shows no excerpt at all', () => {
      expect(messages({ byline: ['A. Writer', 'B. Writer'], metaDescription: 'Described.' })).toEqual([
        'warning:byline: No name of the byline (“A. Writer”, “B. Writer”) is a user of the site, and the site has no byline field: it will show the account’s name (Desk Account) as the author.',
        'warning:seo: The meta description will not reach the site: it runs no SEO plugin Presswork can write to (Yoast SEO or Rank Math).',
        'warning:excerpt: The standfirst goes to the post’s excerpt, which the site’s theme (Plain) shows neither on the story’s page nor in lists of stories.',
      ]);
      // No standfirst: the standfirst warning already says so, the theme's does not repeat it.
      expect(publishChecklist({ ...ready, standfirst: '', site }).map((i) => i.id)).toEqual(['standfirst']);
    });
  });

  it('warns about notes still open on the text, by their number (#14.8)', () => {
    expect(ids({ openNotes: 1 })).toEqual(['warning:notes']);
    expect(publishChecklist({ ...ready, openNotes: 1 })[0]!.message).toMatch(/^The story has 1 open note; resolve it/);
    expect(publishChecklist({ ...ready, openNotes: 3 })[0]!.message).toMatch(/^The story has 3 open notes; resolve them/);
    expect(hasBlockers(publishChecklist({ ...ready, openNotes: 3 }))).toBe(false);
  });
});
