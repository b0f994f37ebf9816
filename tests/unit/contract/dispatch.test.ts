import { describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract/operations';
import { operationChannel, eventChannel } from '../../../shared/contract/channels';
import { eventNames } from '../../../shared/contract/events';
import { createDispatch, type Handlers } from '../../../electron/core/dispatch';
import { UserFacingError } from '../../../shared/contract/result';
import { emptyBody } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

const count = (core: ReturnType<typeof tempCore>) =>
  (core.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;

describe('the contract at the core boundary', () => {
  it('refuses a malformed payload and writes nothing', async () => {
    const core = tempCore();
    const created = await core.dispatch('createStory', {});
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: string }).id : '';
    const before = core.db.prepare('SELECT version, headline FROM stories WHERE id = ?').get(id);

    const malformed: unknown[] = [
      undefined,
      null,
      'saveStory',
      { id, headline: 42, body: emptyBody() },
      { id: 'not-a-uuid', headline: 'x', body: emptyBody() },
      { id, headline: 'x', body: { root: { type: 'paragraph', children: [] } } },
      { id, headline: 'x', body: emptyBody(), extra: 'smuggled' },
      { id, headline: 'x'.repeat(301), body: emptyBody() },
    ];
    for (const payload of malformed) {
      const result = await core.dispatch('saveStory', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(/^The request was not valid/);
      }
    }
    expect(core.db.prepare('SELECT version, headline FROM stories WHERE id = ?').get(id)).toEqual(before);
    expect(count(core)).toBe(1);
  });

  it('refuses operations that are not in the contract', async () => {
    const core = tempCore();
    for (const name of ['dropTables', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await core.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('answers with values checked against the output schema', async () => {
    const core = tempCore();
    const created = await core.dispatch('createStory', {});
    expect(created).toMatchObject({ ok: true, value: { headline: '', status: 'draft', version: 1 } });
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    const logged: unknown[] = [];
    const handlers = {
      getStory: () => {
        throw new UserFacingError('not_found', 'That story is no longer in the library.');
      },
      listStories: () => {
        throw new Error('SQLITE_CORRUPT: secret details /home/user/path');
      },
      createStory: () => ({ nonsense: true }),
    } as unknown as Handlers;
    const dispatch = createDispatch(handlers, { logError: (_op, e) => logged.push(e) });
    expect(await dispatch('getStory', { id: crypto.randomUUID() })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That story is no longer in the library.' },
    });
    const hidden = await dispatch('listStories', {});
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toMatch(/SQLITE|home/);
    // A handler answering outside its schema is a bug: the renderer gets an error, not bad data.
    expect(await dispatch('createStory', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(2);
  });

  it('derives every channel from the contract, one per operation and event', () => {
    const channels = [...operationNames.map(operationChannel), ...eventNames.map(eventChannel)];
    expect(new Set(channels).size).toBe(channels.length);
  });
});
