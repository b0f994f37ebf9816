import { beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../shared/contract/operations';
import { eventChannel, operationChannel } from '../../../shared/contract/channels';

// The preload runs in Electron's sandbox; here Electron's two modules it uses are stood in for,
// so what it exposes to the page can be inspected.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (_channel: string, _input: unknown) => ({ ok: true, value: null }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener, send: vi.fn(), sendSync: vi.fn() },
}));

describe('the preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('../../../electron/preload');
  });

  it('exposes exactly the contract’s operations plus onEvent, as functions', () => {
    const api = exposed.presswork as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'onEvent'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or a generic send', () => {
    const api = exposed.presswork as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['presswork']);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync']) expect(api).not.toHaveProperty(forbidden);
  });

  it('sends each operation on its own channel from the contract', async () => {
    const api = exposed.presswork as Record<string, (input: unknown) => Promise<unknown>>;
    await api.listStories!({});
    expect(invoke).toHaveBeenCalledWith(operationChannel('listStories'), {});
  });

  it('subscribes only to events named in the contract, and unsubscribes', () => {
    const api = exposed.presswork as { onEvent: (name: string, l: () => void) => () => void };
    const off = api.onEvent('storySaved', () => undefined);
    expect(on).toHaveBeenCalledWith(eventChannel('storySaved'), expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalledWith(eventChannel('storySaved'), expect.any(Function));
    expect(() => api.onEvent('anything-else', () => undefined)).toThrow();
  });
});
