import { describe, expect, it } from 'vitest';
import { call, deskUsersBeforeAll, lexical, shareStory, unique } from './desk-rest';

const users = deskUsersBeforeAll();

interface Row {
  id: number;
  title: string;
  status: string;
  author: { id: number; name: string };
  revision: number;
  lock: { userId: number; name: string } | null;
  modifiedAt: string;
  modifiedBy: { id: number; name: string } | null;
  openNotes: number;
}

describe('the desk list', () => {
  it('lists shared stories with status, lock, last change and open notes, filtered by status, section and person', async () => {
    const section = unique('section').replace(' ', '-');
    const category = await call<{ id: number; slug: string }>(users.editor, 'POST', '/wp/v2/categories', { name: section, slug: section });
    expect(category.status).toBe(201);
    const a = await shareStory(users.author);
    const b = await shareStory(users.contributor);
    await call(users.editor, 'POST', `/wp/v2/posts/${a.id}`, { categories: [category.json.id] });
    await call(users.editor, 'POST', `/wp/v2/posts/${b.id}`, { categories: [category.json.id] });
    await call(users.author, 'POST', `/presswork/v1/stories/${a.id}/status`, { status: 'pw-in-copy' });
    await call(users.editor, 'PUT', `/presswork/v1/stories/${a.id}/document`, { baseRevision: a.revision, document: lexical('copy edit') });
    await call(users.editor, 'POST', `/presswork/v1/stories/${a.id}/lock`);
    await call(users.editor, 'POST', `/presswork/v1/stories/${a.id}/notes`, { content: 'Source?', anchor: { blockKey: 'k', start: 0, end: 1, quote: 'c' } });
    // A post that was never shared from Presswork stays off the desk.
    const plain = await call<{ id: number }>(users.editor, 'POST', '/wp/v2/posts', { title: 'Not shared', status: 'draft', categories: [category.json.id] });

    const desk = await call<Row[]>(users.editor, 'GET', `/presswork/v1/desk?section=${category.json.slug}`);
    expect(desk.status).toBe(200);
    expect(desk.headers.get('x-wp-total')).toBe('2');
    expect(desk.json.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(desk.json.map((r) => r.id)).not.toContain(plain.json.id);
    const rowA = desk.json.find((r) => r.id === a.id)!;
    expect(rowA).toMatchObject({ title: a.title, status: 'pw-in-copy', author: { id: users.author.id, name: users.author.name }, lock: { userId: users.editor.id }, modifiedBy: { id: users.editor.id }, openNotes: 1 });
    expect(rowA.revision).toBeGreaterThan(a.revision);
    expect(desk.json.find((r) => r.id === b.id)).toMatchObject({ status: 'draft', lock: null, openNotes: 0 });

    const inCopy = await call<Row[]>(users.editor, 'GET', `/presswork/v1/desk?section=${category.json.slug}&status=pw-in-copy`);
    expect(inCopy.json.map((r) => r.id)).toEqual([a.id]);
    const byPerson = await call<Row[]>(users.editor, 'GET', `/presswork/v1/desk?section=${category.json.slug}&person=${users.contributor.id}`);
    expect(byPerson.json.map((r) => r.id)).toEqual([b.id]);
    const paged = await call<Row[]>(users.editor, 'GET', `/presswork/v1/desk?section=${category.json.slug}&per_page=1&page=2`);
    expect(paged.json).toHaveLength(1);
    expect(paged.headers.get('x-wp-total')).toBe('2');

    // Who may edit only their own stories sees only those.
    const own = await call<Row[]>(users.contributor, 'GET', `/presswork/v1/desk?section=${category.json.slug}`);
    expect(own.json.map((r) => r.id)).toEqual([b.id]);
    expect((await call(null, 'GET', '/presswork/v1/desk')).status).toBe(401);
    expect((await call(users.editor, 'GET', '/presswork/v1/desk?status=nonsense')).status).toBe(400);
  });
});
