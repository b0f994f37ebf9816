import { describe, expect, it } from 'vitest';
import { adminSession, call, deskUsersBeforeAll, shareStory, sql, unique } from './desk-rest';

const users = deskUsersBeforeAll();

interface Note {
  id: number;
  parent: number;
  author: { id: number; name: string };
  content: string;
  anchor: { blockKey: string; start: number; end: number; quote: string } | null;
  status: 'open' | 'resolved';
}

const anchor = { blockKey: 'p1', start: 4, end: 9, quote: 'quick' };

describe('notes', () => {
  it('are created, replied to and resolved, with the anchor kept and the open count following', async () => {
    const story = await shareStory(users.author);
    const created = await call<Note>(users.editor, 'POST', `/presswork/v1/stories/${story.id}/notes`, { content: 'Check this figure.', anchor });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ parent: 0, content: 'Check this figure.', anchor, status: 'open', author: { id: users.editor.id, name: users.editor.name } });
    expect((await call<{ openNotes: number }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`)).json.openNotes).toBe(1);

    const replied = await call<{ note: Note; reply: Note }>(users.author, 'PATCH', `/presswork/v1/stories/${story.id}/notes/${created.json.id}`, { reply: 'Checked: it is right.' });
    expect(replied.status).toBe(200);
    expect(replied.json.reply).toMatchObject({ parent: created.json.id, content: 'Checked: it is right.', author: { id: users.author.id } });

    const resolved = await call<{ note: Note }>(users.editor, 'PATCH', `/presswork/v1/stories/${story.id}/notes/${created.json.id}`, { status: 'resolved' });
    expect(resolved.json.note.status).toBe('resolved');
    const list = await call<Note[]>(users.author, 'GET', `/presswork/v1/stories/${story.id}/notes`);
    expect(list.json.map((n) => [n.id, n.parent, n.status])).toEqual([
      [created.json.id, 0, 'resolved'],
      [replied.json.reply.id, created.json.id, 'open'],
    ]);
    expect((await call<{ openNotes: number }>(users.author, 'GET', `/presswork/v1/stories/${story.id}`)).json.openNotes).toBe(0);

    // Stored as WordPress 6.9's Notes store them: type note, the state in _wp_note_status.
    const noteId = Number(created.json.id);
    expect(sql(`SELECT c.comment_type, m.meta_value FROM wp_comments c JOIN wp_commentmeta m ON m.comment_id = c.comment_ID AND m.meta_key = '_wp_note_status' WHERE c.comment_ID = ${noteId}`)).toEqual([['note', 'resolved']]);
    const reopened = await call<{ note: Note }>(users.editor, 'PATCH', `/presswork/v1/stories/${story.id}/notes/${created.json.id}`, { status: 'open' });
    expect(reopened.json.note.status).toBe('open');
  });

  it('are kept out of wp/v2/comments, the comment count, the comment feed and the public page', async () => {
    const story = await shareStory(users.author, unique('Noted story'));
    await call(users.administrator, 'POST', `/wp/v2/posts/${story.id}`, { status: 'publish', comment_status: 'open', content: 'Published body.' });
    const comment = await call<{ id: number }>(users.administrator, 'POST', '/wp/v2/comments', { post: story.id, content: 'A reader comment.' });
    expect(comment.status).toBe(201);
    const secret = unique('desk-note-marker');
    const note = await call<Note>(users.editor, 'POST', `/presswork/v1/stories/${story.id}/notes`, { content: secret, anchor });
    await call(users.author, 'PATCH', `/presswork/v1/stories/${story.id}/notes/${note.json.id}`, { reply: `${secret} reply` });

    for (const route of [`/wp/v2/comments?post=${story.id}&context=edit`, `/wp/v2/comments?post=${story.id}&type=note&context=edit`, `/wp/v2/comments?post=${story.id}&type=note&status=all&context=edit`]) {
      const res = await call<{ id: number }[]>(users.administrator, 'GET', route);
      expect(JSON.stringify(res.json)).not.toContain(secret);
    }
    const anonymous = await call<{ id: number; content: { rendered: string } }[]>(null, 'GET', `/wp/v2/comments?post=${story.id}&type=note`);
    expect(JSON.stringify(anonymous.json)).not.toContain(secret);
    const all = await call<{ id: number }[]>(users.administrator, 'GET', `/wp/v2/comments?post=${story.id}`);
    expect(all.json.map((c) => c.id)).toEqual([comment.json.id]);

    // wp-admin's post list shows the post's comment_count: the reader's comment only.
    const admin = await adminSession(users.administrator);
    const list = await admin(`/wp-admin/edit.php?s=${encodeURIComponent(story.title)}`);
    expect(list).toMatch(/<span class="comment-count-approved" aria-hidden="true">1<\/span>/);

    const link = (await call<{ link: string }>(null, 'GET', `/wp/v2/posts/${story.id}`)).json.link;
    const commentFeed = await (await fetch(`${link}feed/`)).text();
    expect(commentFeed).toContain('A reader comment.');
    expect(commentFeed).not.toContain(secret);
    expect(await (await fetch(link)).text()).not.toContain(secret);
  });

  it('are read and written only by who may edit the story, and deleted only by their author', async () => {
    const story = await shareStory(users.author);
    const note = await call<Note>(users.editor, 'POST', `/presswork/v1/stories/${story.id}/notes`, { content: 'Editor note.', anchor });
    expect((await call(users.contributor, 'GET', `/presswork/v1/stories/${story.id}/notes`)).status).toBe(403);
    expect((await call(users.contributor, 'POST', `/presswork/v1/stories/${story.id}/notes`, { content: 'x', anchor })).status).toBe(403);
    expect((await call(users.contributor, 'PATCH', `/presswork/v1/stories/${story.id}/notes/${note.json.id}`, { status: 'resolved' })).status).toBe(403);
    expect((await call(null, 'GET', `/presswork/v1/stories/${story.id}/notes`)).status).toBe(401);

    expect((await call(users.author, 'DELETE', `/presswork/v1/stories/${story.id}/notes/${note.json.id}`)).status).toBe(403);
    expect((await call(users.editor, 'DELETE', `/presswork/v1/stories/${story.id}/notes/${note.json.id}`)).status).toBe(200);
    expect((await call<Note[]>(users.author, 'GET', `/presswork/v1/stories/${story.id}/notes`)).json).toEqual([]);
  });
});
