import { describe, expect, it } from 'vitest';
import { slugify, slugProblem } from '../../../shared/story/slug';
import { sectionPath } from '../../../shared/story/section-schema';
import { countTks } from '../../../shared/story/tk';
import { bodyCaptions } from '../../../shared/story/captions';
import { emptyBody, type BodyState, type Story, type StoryFields } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

const paragraph = (text: string): BodyState => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] },
});

describe('story fields', () => {
  it('saves every field with the body through saveStory and reads them back', async () => {
    const core = tempCore();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: Story };
    const election = (await core.dispatch('createSection', { name: 'Election' })) as { ok: true; value: { id: number } };
    const us = (await core.dispatch('createSection', { name: 'US Election', parentId: election.value.id })) as { ok: true; value: { id: number } };
    const fields: StoryFields = {
      standfirst: 'Voters head to the polls.',
      byline: ['Ana Ruiz', 'Tom Baker'],
      slug: 'voters-head-to-polls',
      sectionIds: [us.value.id, election.value.id],
      tags: ['polls', 'turnout'],
      featuredImageId: 'media-42',
      seoTitle: 'Voters head to the polls',
      metaDescription: 'Turnout is expected to be high.',
      scheduledAt: 1_800_000_000_000,
    };
    const saved = await core.dispatch('saveStory', { id: created.value.id, headline: 'Polls open', body: paragraph('TK quote from TK.'), fields });
    expect(saved.ok).toBe(true);
    const read = (await core.dispatch('getStory', { id: created.value.id })) as { ok: true; value: Story };
    expect(read.value.fields).toEqual(fields);
    expect(read.value.tkCount).toBe(2);

    // A save without fields keeps them.
    await core.dispatch('saveStory', { id: created.value.id, headline: 'Polls open now', body: emptyBody() });
    const again = (await core.dispatch('getStory', { id: created.value.id })) as { ok: true; value: Story };
    expect(again.value.fields).toEqual(fields);
    expect(again.value.tkCount).toBe(0);

    // Sections and authors change with a save, reordered, dropped or renamed; the filters follow.
    for (const next of [
      { ...fields, sectionIds: [election.value.id, us.value.id], byline: ['Tom Baker', 'Ana Ruiz'] },
      { ...fields, sectionIds: [election.value.id], byline: ['Tom Baker'] },
      { ...fields, sectionIds: [], byline: ['Tom Barker'] },
    ]) {
      await core.dispatch('saveStory', { id: created.value.id, headline: 'Polls open now', body: emptyBody(), fields: next });
      const read = (await core.dispatch('getStory', { id: created.value.id })) as { ok: true; value: Story };
      expect(read.value.fields).toEqual(next);
      const byAuthor = (await core.dispatch('queryLibrary', { filter: { author: 'Ana Ruiz' } })) as { ok: true; value: { rows: unknown[] } };
      expect(byAuthor.value.rows).toHaveLength(next.byline.includes('Ana Ruiz') ? 1 : 0);
      const bySection = (await core.dispatch('queryLibrary', { filter: { sectionId: us.value.id } })) as { ok: true; value: { rows: unknown[] } };
      expect(bySection.value.rows).toHaveLength(next.sectionIds.includes(us.value.id) ? 1 : 0);
    }
  });

  it('refuses an invalid slug and unknown sections with readable errors, changing nothing', async () => {
    const core = tempCore();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: Story };
    const base = { standfirst: '', byline: [], slug: '', sectionIds: [], tags: [], featuredImageId: null, seoTitle: '', metaDescription: '', scheduledAt: null };
    const badSlug = await core.dispatch('saveStory', { id: created.value.id, headline: 'x', body: emptyBody(), fields: { ...base, slug: 'Bad Slug!' } });
    expect(badSlug).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/lowercase letters/) } });
    const badSection = await core.dispatch('saveStory', { id: created.value.id, headline: 'x', body: emptyBody(), fields: { ...base, sectionIds: [77] } });
    expect(badSection).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/section/) } });
    const read = (await core.dispatch('getStory', { id: created.value.id })) as { ok: true; value: Story };
    expect(read.value.version).toBe(1);
  });

  it('keeps sections as a tree and refuses duplicates readably', async () => {
    const core = tempCore();
    const top = (await core.dispatch('createSection', { name: 'Election' })) as { ok: true; value: { id: number } };
    await core.dispatch('createSection', { name: 'US Election', parentId: top.value.id });
    const dup = await core.dispatch('createSection', { name: 'us election', parentId: top.value.id });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already a section/) } });
    const list = (await core.dispatch('listSections', {})) as { ok: true; value: { id: number; parentId: number | null; name: string; site: string | null }[] };
    const child = list.value.find((s) => s.name === 'US Election')!;
    expect(child.parentId).toBe(top.value.id);
    expect(sectionPath(list.value, child.id)).toBe('Election > US Election');
  });
});

describe('slugs, TKs and captions', () => {
  it('derives a WordPress-style slug from a headline', () => {
    expect(slugify('Washington–Baghdad Dialogue: Troop’s Presence!')).toBe('washington-baghdad-dialogue-troops-presence');
    expect(slugify('Élection présidentielle 2027')).toBe('election-presidentielle-2027');
    expect(slugify('   ')).toBe('');
  });

  it('validates slugs', () => {
    expect(slugProblem('us-election')).toBeNull();
    expect(slugProblem('')).toBeNull();
    for (const bad of ['US-election', 'a--b', '-a', 'a-', 'a b', 'ü']) expect(slugProblem(bad)).toMatch(/lowercase/);
  });

  it('counts standalone TK tokens only', () => {
    expect(countTks('TK. The TKO came at TK, (TK) atk TKTK tk')).toBe(3);
  });

  it('collects image captions from anywhere in the body', () => {
    const body: BodyState = { root: { type: 'root', children: [{ type: 'image', caption: 'Crowds in Ohio', mediaId: 'm1' }, { type: 'paragraph', children: [] }] } };
    expect(bodyCaptions(body)).toBe('Crowds in Ohio');
  });
});
