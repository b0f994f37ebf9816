import { describe, expect, it, vi } from 'vitest';
import { operationChannel } from '../../../shared/contract/channels';
import { operationNames } from '../../../shared/contract/operations';
import type { Core } from '../../../electron/core/core';

type Handler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

describe('ipcMain binding', () => {
  it('binds every operation and checks the sender frame’s origin before dispatching', async () => {
    const { bindIpc } = await import('../../../electron/shell/ipc');
    const dispatch = vi.fn(async () => ({ ok: true, value: [] }));
    bindIpc({ dispatch } as unknown as Core);
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(operationChannel).sort());

    const listStories = handlers.get(operationChannel('listStories'))!;
    for (const url of ['https://evil.example/', 'file:///index.html', 'app://other/index.html', 'http://127.0.0.1:5199/']) {
      expect(await listStories({ senderFrame: { url } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await listStories({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();

    expect(await listStories({ senderFrame: { url: 'app://presswork/index.html' } }, { limit: 5 })).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('listStories', { limit: 5 });
  });
});
