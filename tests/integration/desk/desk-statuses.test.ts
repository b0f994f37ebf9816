import { describe, expect, it } from 'vitest';
import { wordpressEnv } from '../../support/wordpress/env';
import type { DeskUser } from '../../support/wordpress/desk-users';
import { call, deskUsersBeforeAll, shareStory } from './desk-rest';

const users = deskUsersBeforeAll();

const status = async (user: DeskUser, id: number): Promise<string> => (await call<{ status: string }>(user, 'GET', `/presswork/v1/stories/${id}`)).json.status;

describe('desk statuses', () => {
  it('are registered and listed for an editor', async () => {
    const res = await call<Record<string, { name: string }>>(users.editor, 'GET', '/wp/v2/statuses');
    expect(res.status).toBe(200);
    expect(res.json['pw-in-copy']?.name).toBe('In copy');
    expect(res.json['pw-copy-edited']?.name).toBe('Copy edited');
    expect(res.json['pw-ready']?.name).toBe('Ready');
    expect(res.json['pw-spiked']?.name).toBe('Spiked');
  });

  it('let the contributor send their story to copy but not to Ready nor publish, on either path', async () => {
    const story = await shareStory(users.contributor);
    expect((await call(users.contributor, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'pw-in-copy' })).status).toBe(200);
    expect(await status(users.contributor, story.id)).toBe('pw-in-copy');

    const viaCore = await call<{ message: string }>(users.contributor, 'POST', `/wp/v2/posts/${story.id}`, { status: 'pw-ready' });
    expect(viaCore.status).toBe(403);
    expect(viaCore.json.message).toMatch(/from "In copy" to "Ready"/);
    const viaDesk = await call<{ message: string }>(users.contributor, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'pw-ready' });
    expect(viaDesk.status).toBe(403);
    expect(viaDesk.json.message).toMatch(/Ready/);
    expect((await call(users.contributor, 'POST', `/wp/v2/posts/${story.id}`, { status: 'publish' })).status).toBe(403);
    expect((await call(users.contributor, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'publish' })).status).toBe(403);
    expect(await status(users.contributor, story.id)).toBe('pw-in-copy');
  });

  it('let the author (who may publish their own posts) not publish a desk story, on either path', async () => {
    const story = await shareStory(users.author);
    const viaCore = await call<{ code: string }>(users.author, 'POST', `/wp/v2/posts/${story.id}`, { status: 'publish' });
    expect(viaCore.status).toBe(403);
    expect(viaCore.json.code).toBe('presswork_move_forbidden');
    expect((await call(users.author, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'publish' })).status).toBe(403);
    expect((await call(users.author, 'POST', `/wp/v2/posts/${story.id}`, { status: 'pw-copy-edited' })).status).toBe(403);
    expect(await status(users.author, story.id)).toBe('draft');
  });

  it('keep the old status when another path (XML-RPC) makes a forbidden move', async () => {
    const story = await shareStory(users.contributor);
    const xml = (status: string) =>
      `<?xml version="1.0"?><methodCall><methodName>wp.editPost</methodName><params>` +
      `<param><value><int>1</int></value></param><param><value><string>${users.contributor.login}</string></value></param>` +
      `<param><value><string>${users.contributor.appPassword}</string></value></param><param><value><int>${story.id}</int></value></param>` +
      `<param><value><struct><member><name>post_status</name><value><string>${status}</string></value></member></struct></value></param>` +
      `</params></methodCall>`;
    const rpc = async (status: string) => (await fetch(`${wordpressEnv().url}/xmlrpc.php`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml(status) })).text();
    expect(await rpc('pw-ready')).toContain('<boolean>1</boolean>');
    expect(await status(users.contributor, story.id)).toBe('draft');
    expect(await rpc('pw-in-copy')).toContain('<boolean>1</boolean>');
    expect(await status(users.contributor, story.id)).toBe('pw-in-copy');
  });

  it('let the editor copy-edit and ready the story and the administrator publish it, and log every move', async () => {
    const story = await shareStory(users.contributor);
    await call(users.contributor, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'pw-in-copy' });
    expect((await call(users.editor, 'POST', `/wp/v2/posts/${story.id}`, { status: 'pw-copy-edited' })).status).toBe(200);
    expect((await call(users.editor, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'pw-ready' })).status).toBe(200);
    expect(await status(users.editor, story.id)).toBe('pw-ready');
    expect((await call(users.administrator, 'POST', `/presswork/v1/stories/${story.id}/status`, { status: 'publish' })).status).toBe(200);
    expect(await status(users.administrator, story.id)).toBe('publish');

    const moves = await call<{ userId: number; name: string; from: string; to: string; at: string }[]>(users.editor, 'GET', `/presswork/v1/stories/${story.id}/moves`);
    expect(moves.status).toBe(200);
    expect(moves.json.map((m) => [m.from, m.to, m.userId])).toEqual([
      ['draft', 'pw-in-copy', users.contributor.id],
      ['pw-in-copy', 'pw-copy-edited', users.editor.id],
      ['pw-copy-edited', 'pw-ready', users.editor.id],
      ['pw-ready', 'publish', users.administrator.id],
    ]);
    expect(moves.json[3]!.name).toBe(users.administrator.name);
    expect(Number.isNaN(Date.parse(moves.json[0]!.at))).toBe(false);
  });

  it('report each user\'s desk capabilities in info', async () => {
    const caps = async (u: DeskUser) => (await call<{ version: string; capabilities: Record<string, boolean> }>(u, 'GET', '/presswork/v1/info')).json;
    expect((await caps(users.contributor)).capabilities).toEqual({ canSendToCopy: true, canCopyEdit: false, canPublish: false });
    expect((await caps(users.author)).capabilities).toEqual({ canSendToCopy: true, canCopyEdit: false, canPublish: false });
    expect((await caps(users.editor)).capabilities).toEqual({ canSendToCopy: true, canCopyEdit: true, canPublish: true });
    expect((await caps(users.administrator)).version).toMatch(/^\d+\.\d+\.\d+$/);
    const index = await call<{ routes: Record<string, unknown> }>(users.editor, 'GET', '/presswork/v1');
    expect(Object.keys(index.json.routes)).toEqual(expect.arrayContaining(['/presswork/v1/info', '/presswork/v1/desk', '/presswork/v1/stories/(?P<id>\\d+)/document']));
  });
});
