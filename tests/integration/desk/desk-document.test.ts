import { describe, expect, it } from 'vitest';
import type { DeskUser } from '../../support/wordpress/desk-users';
import { call, deskUsersBeforeAll, lexical, shareStory, unique } from './desk-rest';

const users = deskUsersBeforeAll();

interface Written {
  revision: number;
}
interface Stale {
  code: string;
  data: { status: number; revision: number; document: string };
}

const put = (user: DeskUser, id: number, baseRevision: number, text: string, kind = 'autosave') =>
  call<Written & Stale>(user, 'PUT', `/presswork/v1/stories/${id}/document`, { baseRevision, document: lexical(text), fields: { standfirst: text }, kind });

describe('the shared document', () => {
  it('is kept out of public answers and the public page, and shown to an editor in the edit context', async () => {
    const secret = unique('desk-only-marker');
    const story = await shareStory(users.author, unique('Public story'), secret);
    await call(users.administrator, 'POST', `/wp/v2/posts/${story.id}`, { status: 'publish', content: 'The public body.' });

    const edit = await call<{ meta: Record<string, unknown>; link: string }>(users.editor, 'GET', `/wp/v2/posts/${story.id}?context=edit`);
    expect(edit.status).toBe(200);
    expect(String(edit.json.meta.presswork_document)).toContain(secret);
    expect(edit.json.meta.presswork_revision).toBe(story.revision);

    const anonymous = await call<{ meta?: Record<string, unknown> }>(null, 'GET', `/wp/v2/posts/${story.id}`);
    expect(anonymous.status).toBe(200);
    expect(JSON.stringify(anonymous.json)).not.toContain(secret);
    expect(anonymous.json.meta ?? {}).not.toHaveProperty('presswork_document');
    expect(anonymous.json.meta ?? {}).not.toHaveProperty('presswork_revision');
    const view = await call<{ meta?: Record<string, unknown> }>(users.editor, 'GET', `/wp/v2/posts/${story.id}?context=view`);
    expect(JSON.stringify(view.json)).not.toContain(secret);
    expect(view.json.meta ?? {}).not.toHaveProperty('presswork_fields');

    // The test site has no theme, so its pages are empty: the feed is the rendered public view that proves the post shows.
    const page = await fetch(edit.json.link);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain(secret);
    const feed = await (await fetch(`${new URL(edit.json.link).origin}/?feed=rss2&s=${encodeURIComponent(story.title)}`)).text();
    expect(feed).toContain('The public body.');
    expect(feed).not.toContain(secret);
  });

  it('answers 409 with the current revision and document to a stale write, and takes a fresh one', async () => {
    const story = await shareStory(users.author);
    const first = await put(users.author, story.id, story.revision, 'first edit');
    expect(first.status).toBe(200);
    expect(first.json.revision).toBeGreaterThan(story.revision);

    const stale = await put(users.editor, story.id, story.revision, 'edit on an old copy');
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('presswork_stale_revision');
    expect(stale.json.data.revision).toBe(first.json.revision);
    expect(stale.json.data.document).toContain('first edit');

    const fresh = await put(users.editor, story.id, first.json.revision, 'merged edit', 'merge');
    expect(fresh.status).toBe(200);
    const now = await call<{ revision: number; document: string; fields: { standfirst: string } }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`);
    expect(now.json.revision).toBe(fresh.json.revision);
    expect(now.json.document).toContain('merged edit');
    expect(now.json.fields.standfirst).toBe('merged edit');
  });

  it('lets exactly one of two concurrent writes on the same base win', async () => {
    const story = await shareStory(users.author);
    let base = story.revision;
    for (let round = 0; round < 6; round++) {
      const [a, b] = await Promise.all([put(users.author, story.id, base, `author ${round}`), put(users.editor, story.id, base, `editor ${round}`)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? a : b;
      const loser = a.status === 200 ? b : a;
      expect(loser.json.data.revision).toBe(winner.json.revision);
      base = winner.json.revision;
    }
    const current = await call<{ revision: number }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`);
    expect(current.json.revision).toBe(base);
  });

  it('is written only through the revision-checked route: wp/v2/posts meta writes get 403', async () => {
    const story = await shareStory(users.author, unique('Meta story'), 'original');
    for (const meta of [{ presswork_document: lexical('sneaked in') }, { presswork_revision: 999999 }, { presswork_fields: '{}' }]) {
      const res = await call<{ code: string }>(users.editor, 'POST', `/wp/v2/posts/${story.id}`, { meta });
      expect(res.status).toBe(403);
      expect(res.json.code).toBe('presswork_document_route');
    }
    const now = await call<{ revision: number; document: string }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`);
    expect(now.json.revision).toBe(story.revision);
    expect(now.json.document).toBe(lexical('original'));
  });

  it('refuses a document that is not a Lexical object (400) or larger than 8 MB (413)', async () => {
    const story = await shareStory(users.author);
    const notLexical = await call(users.author, 'PUT', `/presswork/v1/stories/${story.id}/document`, { baseRevision: story.revision, document: '{"children":[]}' });
    expect(notLexical.status).toBe(400);
    const notJson = await call(users.author, 'PUT', `/presswork/v1/stories/${story.id}/document`, { baseRevision: story.revision, document: 'root' });
    expect(notJson.status).toBe(400);
    const huge = await call(users.author, 'PUT', `/presswork/v1/stories/${story.id}/document`, { baseRevision: story.revision, document: lexical('x'.repeat(8 * 1024 * 1024 + 1)) });
    expect(huge.status).toBe(413);
    expect((await call<{ revision: number }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`)).json.revision).toBe(story.revision);
  });

  it('keeps revisions with kind and author, lists them newest first without documents and fetches one with its document', async () => {
    const story = await shareStory(users.author);
    const a = await put(users.author, story.id, story.revision, 'sent', 'sent_to_copy');
    const b = await put(users.editor, story.id, a.json.revision, 'copy edited', 'checkpoint');
    const list = await call<{ id: number; kind: string; author: { id: number; name: string }; createdAt: string; document?: string }[]>(users.editor, 'GET', `/presswork/v1/stories/${story.id}/revisions`);
    expect(list.status).toBe(200);
    expect(list.headers.get('x-wp-total')).toBe('3');
    expect(list.json.map((r) => [r.id, r.kind, r.author.id])).toEqual([
      [b.json.revision, 'checkpoint', users.editor.id],
      [a.json.revision, 'sent_to_copy', users.author.id],
      [story.revision, 'checkpoint', users.author.id],
    ]);
    expect(list.json[0]).not.toHaveProperty('document');
    const paged = await call<{ id: number }[]>(users.editor, 'GET', `/presswork/v1/stories/${story.id}/revisions?per_page=1&page=2`);
    expect(paged.json.map((r) => r.id)).toEqual([a.json.revision]);

    const one = await call<{ kind: string; document: string; author: { name: string } }>(users.editor, 'GET', `/presswork/v1/stories/${story.id}/revisions/${a.json.revision}`);
    expect(one.json.kind).toBe('sent_to_copy');
    expect(one.json.document).toBe(lexical('sent'));
    expect(one.json.author.name).toBe(users.author.name);
    const other = await shareStory(users.author);
    expect((await call(users.editor, 'GET', `/presswork/v1/stories/${other.id}/revisions/${a.json.revision}`)).status).toBe(404);
  });

  it('shows a story, its revisions and its document only to who may edit it', async () => {
    const story = await shareStory(users.author);
    expect((await call(users.contributor, 'GET', `/presswork/v1/stories/${story.id}`)).status).toBe(403);
    expect((await call(users.contributor, 'GET', `/presswork/v1/stories/${story.id}/revisions`)).status).toBe(403);
    expect((await call(users.contributor, 'PUT', `/presswork/v1/stories/${story.id}/document`, { baseRevision: story.revision, document: lexical('x') })).status).toBe(403);
    expect((await call(null, 'GET', `/presswork/v1/stories/${story.id}`)).status).toBe(401);
    expect((await call(users.editor, 'GET', `/presswork/v1/stories/${story.id}`)).status).toBe(200);
  });
});
