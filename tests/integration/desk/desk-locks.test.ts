import { describe, expect, it } from 'vitest';
import type { DeskUser } from '../../support/wordpress/desk-users';
import { adminSession, call, deskUsersBeforeAll, shareStory } from './desk-rest';

const users = deskUsersBeforeAll();

interface Lock {
  userId: number;
  name: string;
  since: string;
}
const lockOf = async (user: DeskUser, id: number): Promise<Lock | null> => (await call<{ lock: Lock | null }>(user, 'GET', `/presswork/v1/stories/${id}`)).json.lock;

describe('story locks', () => {
  it('are taken by the author, refused to the copy chief naming the author, and shown in wp-admin as "is currently editing"', async () => {
    const story = await shareStory(users.author);
    expect(await lockOf(users.author, story.id)).toBeNull();
    const taken = await call<{ lock: Lock }>(users.author, 'POST', `/presswork/v1/stories/${story.id}/lock`);
    expect(taken.status).toBe(200);
    expect(taken.json.lock).toMatchObject({ userId: users.author.id, name: users.author.name });
    expect((await call(users.author, 'POST', `/presswork/v1/stories/${story.id}/lock`)).status).toBe(200);

    const refused = await call<{ message: string; data: { lock: Lock } }>(users.editor, 'POST', `/presswork/v1/stories/${story.id}/lock`);
    expect(refused.status).toBe(409);
    expect(refused.json.message).toContain(users.author.name);
    expect(refused.json.data.lock.userId).toBe(users.author.id);
    expect(await lockOf(users.editor, story.id)).toMatchObject({ userId: users.author.id });
    expect((await call(users.editor, 'DELETE', `/presswork/v1/stories/${story.id}/lock`)).status).toBe(403);

    const editorAdmin = await adminSession(users.editor);
    const list = await editorAdmin(`/wp-admin/edit.php?s=${encodeURIComponent(story.title)}`);
    expect(list).toContain(`${users.author.name} is currently editing`);

    const over = await call<{ lock: Lock }>(users.editor, 'POST', `/presswork/v1/stories/${story.id}/lock`, { takeOver: true });
    expect(over.status).toBe(200);
    expect(await lockOf(users.author, story.id)).toMatchObject({ userId: users.editor.id, name: users.editor.name });
    expect((await call(users.editor, 'DELETE', `/presswork/v1/stories/${story.id}/lock`)).status).toBe(200);
    expect(await lockOf(users.author, story.id)).toBeNull();
  });

  it('taken in wp-admin show in presswork/v1 and refuse a Presswork lock', async () => {
    const story = await shareStory(users.author);
    const editorAdmin = await adminSession(users.editor);
    await editorAdmin(`/wp-admin/post.php?post=${story.id}&action=edit`);
    expect(await lockOf(users.author, story.id)).toMatchObject({ userId: users.editor.id, name: users.editor.name });
    const refused = await call<{ message: string }>(users.author, 'POST', `/presswork/v1/stories/${story.id}/lock`);
    expect(refused.status).toBe(409);
    expect(refused.json.message).toContain(users.editor.name);
  });
});
