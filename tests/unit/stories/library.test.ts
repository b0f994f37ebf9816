import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../electron/store/library';
import { ftsQuery, snippetRuns, type LibraryPage, type SearchHit } from '../../../shared/story/library-schema';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { SEARCH_CANDIDATES } from '../../../electron/store/story-search';
import { tempCore } from '../support/temp-core';

const body = (...paragraphs: string[]): BodyState => ({
  root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })) },
});

function setup() {
  let clock = 1_000;
  const core = tempCore();
  const lib = createLibrary(core.db, () => clock++);
  const write = (headline: string, text: string, fields: Partial<ReturnType<typeof emptyFields>> = {}) => {
    const s = lib.stories.create();
    lib.stories.save({ id: s.id, headline, body: body(text), fields: { ...emptyFields(), ...fields } });
    return s.id;
  };
  return { core, lib, write };
}

describe('the library list', () => {
  it('pages by keyset through every story exactly once, in each sort order', () => {
    const { lib, write } = setup();
    const ids = Array.from({ length: 23 }, (_, i) => write(`Story ${String(i).padStart(2, '0')}`, 'word '.repeat(i + 1)));
    for (const sort of ['updated', 'headline', 'words'] as const) {
      const seen: string[] = [];
      let page: LibraryPage = lib.list.query({ sort, limit: 5, withTotal: true });
      expect(page.total).toBe(23);
      seen.push(...page.rows.map((r) => r.id));
      while (page.next) {
        page = lib.list.query({ sort, limit: 5, after: page.next });
        seen.push(...page.rows.map((r) => r.id));
      }
      expect(seen).toHaveLength(23);
      expect(new Set(seen)).toEqual(new Set(ids));
      if (sort === 'updated') expect(seen[0]).toBe(ids[22]);
      if (sort === 'headline') expect(seen[0]).toBe(ids[0]);
      if (sort === 'words') expect(seen[0]).toBe(ids[22]);
    }
  });

  it('filters by status, section (with subsections), author, site and TKs, and shows the columns', () => {
    const { core, lib, write } = setup();
    const election = lib.sections.create('Election', null);
    const us = lib.sections.create('US Election', election.id);
    const sport = lib.sections.create('Sport', null);
    const a = write('Polls open', 'TK quote', { sectionIds: [us.id], byline: ['Ana Ruiz'] });
    const b = write('Turnout', 'Fine text', { sectionIds: [election.id], byline: ['Tom Baker', 'Ana Ruiz'] });
    const c = write('Cup final', 'Goal', { sectionIds: [sport.id], byline: ['Tom Baker'] });
    core.db.prepare(`UPDATE stories SET status = 'in_copy', site = 'news.example' WHERE id = ?`).run(c);
    const ids = (filter: object) => {
      const page = lib.list.query({ filter, withTotal: true });
      expect(page.total).toBe(page.rows.length);
      return new Set(page.rows.map((r) => r.id));
    };
    expect(ids({ sectionId: election.id })).toEqual(new Set([a, b]));
    expect(ids({ sectionId: us.id })).toEqual(new Set([a]));
    expect(ids({ author: 'ana ruiz' })).toEqual(new Set([a, b]));
    expect(ids({ status: 'in_copy' })).toEqual(new Set([c]));
    expect(ids({ site: 'news.example' })).toEqual(new Set([c]));
    expect(ids({ hasTks: true })).toEqual(new Set([a]));
    // Combined, each count agrees with the rows it counts.
    expect(ids({ hasTks: true, status: 'draft', author: 'Ana Ruiz' })).toEqual(new Set([a]));
    expect(ids({ site: 'news.example', status: 'in_copy', sectionId: sport.id })).toEqual(new Set([c]));
    expect(ids({ site: 'news.example', hasTks: true })).toEqual(new Set());
    const row = lib.list.query({ filter: { sectionId: us.id } }).rows[0]!;
    expect(row).toMatchObject({ headline: 'Polls open', sections: ['US Election'], byline: ['Ana Ruiz'], tkCount: 1, wordCount: 2, status: 'draft' });
  });

  it('duplicates, spikes, restores, archives, and deletes only spiked stories', () => {
    const { lib, write } = setup();
    const a = write('Original', 'Some words', { byline: ['Ana Ruiz'] });
    const copy = lib.list.duplicate(a);
    expect(lib.stories.get(copy)).toMatchObject({ headline: 'Original (copy)', status: 'draft', wordCount: 2 });
    expect(lib.stories.get(copy).fields.byline).toEqual(['Ana Ruiz']);

    const view = (v: 'stories' | 'spike' | 'archive') => lib.list.query({ filter: { view: v } }).rows.map((r) => r.id);
    expect(() => lib.list.deleteForever(a)).toThrow(/Spike it first/);
    lib.list.writeSpike(a);
    expect(view('spike')).toEqual([a]);
    expect(view('stories')).toEqual([copy]);
    expect(lib.list.writeRestore(a)).toBe('draft');
    expect(view('spike')).toEqual([]);
    lib.list.setArchived(copy, true);
    expect(view('archive')).toEqual([copy]);
    expect(view('stories')).toEqual([a]);
    lib.list.writeSpike(a);
    lib.list.deleteForever(a);
    expect(() => lib.stories.get(a)).toThrow(/no longer in the library/);
  });
});

describe('search', () => {
  it('finds words in headline, standfirst, body and captions, ranked by bm25, with prefixes and snippets', () => {
    const { core, lib, write } = setup();
    const inBody = write('Budget talks', 'The minister said the harbour redevelopment would wait.');
    const inHeadline = write('Harbour redevelopment approved', 'Council voted late.');
    const inStandfirst = write('Council news', 'Nothing here.', { standfirst: 'A harbour plan' });
    const s = lib.stories.create();
    lib.stories.save({
      id: s.id,
      headline: 'Photo essay',
      body: { root: { type: 'root', children: [{ type: 'image', caption: 'Fishing boats in the harbour' }] } },
    });
    const hits = lib.search.search('harbour', 'stories', 10);
    expect(hits.map((h) => h.id)).toHaveLength(4);
    expect(hits[0]!.id).toBe(inHeadline); // headline weighs most
    expect(new Set(hits.map((h) => h.id))).toEqual(new Set([inBody, inHeadline, inStandfirst, s.id]));
    expect(snippetRuns(hits.find((h) => h.id === inBody)!.snippet)).toContainEqual({ text: 'harbour', match: true });

    expect(lib.search.search('redev', 'stories', 10).map((h) => h.id).sort()).toEqual([inBody, inHeadline].sort());
    expect(lib.search.search('"harbour redevelopment"', 'stories', 10)).toHaveLength(2);
    expect(lib.search.search('council harb', 'stories', 10).map((h) => h.id).sort()).toEqual([inHeadline, inStandfirst].sort());
    expect(lib.search.search('"', 'stories', 10)).toEqual([]);
    expect(lib.search.search('AND OR NOT ( *', 'stories', 10)).toEqual([]);
    void core;
  });

  it('sees every save, edits and spikes included, through the contract', async () => {
    const { core } = setup();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
    await core.dispatch('saveStory', { id: created.value.id, headline: 'Quarry', body: body('granite') });
    const first = (await core.dispatch('searchStories', { query: 'granite' })) as { ok: true; value: SearchHit[] };
    expect(first.value.map((h) => h.id)).toEqual([created.value.id]);
    await core.dispatch('saveStory', { id: created.value.id, headline: 'Quarry', body: body('marble') });
    expect(((await core.dispatch('searchStories', { query: 'granite' })) as { ok: true; value: SearchHit[] }).value).toEqual([]);
    await core.dispatch('spikeStory', { id: created.value.id });
    expect(((await core.dispatch('searchStories', { query: 'marble' })) as { ok: true; value: SearchHit[] }).value).toEqual([]);
    expect(((await core.dispatch('searchStories', { query: 'marble', view: 'spike' })) as { ok: true; value: SearchHit[] }).value).toHaveLength(1);
    const refused = await core.dispatch('deleteStoryForever', { id: created.value.id, confirmed: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('ranks the newest matches by bm25 when a word is everywhere, and still finds the old ones a view holds', () => {
    const { lib, write } = setup();
    const add = (headline: string, text: string) => {
      const id = write(headline, text);
      lib.search.catchUp(); // indexed as it is saved, as in the app: newest last
      return id;
    };
    const oldest = add('Old pier', 'The harbour at dawn.');
    lib.db.transaction(() => lib.list.writeSpike(oldest))();
    // One transaction for the lot, only to keep the test quick.
    const ids = lib.db.transaction(() => Array.from({ length: SEARCH_CANDIDATES + 20 }, (_, i) => add(`Story ${i}`, `The harbour at dawn, item ${i}.`)))();
    const headlined = ids[ids.length - 100]!;
    lib.stories.save({ id: headlined, headline: 'Harbour reopens', body: body('The harbour at dawn.') });
    lib.search.catchUp();
    const hits = lib.search.search('harbour', 'stories', 5);
    // Not the newest first: bm25 puts the headline match on top.
    expect(hits[0]!.id).toBe(headlined);
    expect(hits).toHaveLength(5);
    // The spiked story is older than every other match, yet the Spike view's search finds it.
    expect(lib.search.search('harbour', 'spike', 5).map((h) => h.id)).toEqual([oldest]);
  });

  it('finds a phrase of common words through its indexed pairs, in every field, and forgets them on edit', () => {
    const { lib, write } = setup();
    const inBody = write('Budget', 'Talks about new taxes went on.');
    const inCaption = write('Port', 'Nothing.', {});
    const nowhere = write('About', 'New rules, about them.');
    lib.stories.save({ id: inCaption, headline: 'Port', body: body('Ships.'), fields: { ...emptyFields(), standfirst: 'What the port said about new berths' } });
    const found = () => lib.search.search('"about new"', 'stories', 10).map((h) => h.id).sort();
    expect(found()).toEqual([inBody, inCaption].sort());
    expect(lib.search.search('"About Néw" budg', 'stories', 10).map((h) => h.id)).toEqual([inBody]);
    // The snippet highlights the words typed, not the pair token.
    expect(snippetRuns(lib.search.search('"about new"', 'stories', 10).find((h) => h.id === inBody)!.snippet).filter((r) => r.match).map((r) => r.text)).toEqual(['about', 'new']);
    lib.stories.save({ id: inBody, headline: 'Budget', body: body('Talks went on.') });
    expect(found()).toEqual([inCaption]);
    expect(found()).not.toContain(nowhere);
  });

  it('builds FTS queries that cannot be syntax errors', () => {
    expect(ftsQuery('harb')).toBe('"harb"*');
    expect(ftsQuery('white house ')).toBe('"white" "house"');
    expect(ftsQuery('"white house" pres')).toBe('"white house" "pres"*');
    expect(ftsQuery('re-election* NEAR(')).toBe('"re election"* "NEAR"*');
    expect(ftsQuery(' ( ) " ')).toBeNull();
  });
});

describe('search snippets', () => {
  it('highlights whole words and prefixes around the first match, folding accents when needed', async () => {
    const { searchSnippet } = await import('../../../shared/story/search-snippet');
    const runs = (s: string) => snippetRuns(s).filter((r) => r.match).map((r) => r.text);
    expect(runs(searchSnippet(ftsQuery('harb')!, ['The Harbour and the harbourmaster; not a wharf.']))).toEqual(['Harbour', 'harbourmaster']);
    expect(runs(searchSnippet(ftsQuery('port ')!, ['Airport and port.']))).toEqual(['port']);
    expect(runs(searchSnippet(ftsQuery('evora ')!, ['Rivers rose in Évora overnight.']))).toEqual(['Évora']);
    expect(searchSnippet(ftsQuery('absent ')!, ['', 'Standfirst text'])).toBe('Standfirst text');
    const long = `${'word '.repeat(200)}target ${'word '.repeat(200)}`;
    const snip = searchSnippet(ftsQuery('target ')!, [long]);
    expect(snip.startsWith('…') && snip.endsWith('…')).toBe(true);
    expect(snip.length).toBeLessThan(200);
  });
});
