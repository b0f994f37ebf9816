import { bindOperations, type PressworkApi } from '../../shared/contract/api';
import { isEventName, type EventName } from '../../shared/contract/events';
import { fail, type Result } from '../../shared/contract/result';
import { WireMessage } from '../../shared/contract/wire';

/**
 * The harness's stand-in for the preload: the same PressworkApi over a loopback WebSocket, so the
 * renderer under test is the renderer that ships.
 */
export function createSocketBridge(url: string): PressworkApi {
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const socket = new WebSocket(url);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('bridge unavailable')), { once: true });
  });
  socket.addEventListener('message', (event) => {
    const parsed = WireMessage.safeParse(JSON.parse(String(event.data)));
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'result') {
      pending.get(message.id)?.(message.result as Result<unknown>);
      pending.delete(message.id);
    } else if (isEventName(message.name)) {
      for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve(fail('network', 'Lost the connection to the Presswork core. Reload the window.'));
    pending.clear();
  });

  const call = async (op: string, input: unknown): Promise<Result<unknown>> => {
    try {
      await opened;
    } catch {
      return fail('network', 'Could not reach the Presswork core. Is the harness running?');
    }
    if (socket.readyState !== WebSocket.OPEN) return fail('network', 'Lost the connection to the Presswork core. Reload the window.');
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, op, input }));
    });
  };

  return {
    ...bindOperations(call),
    onEvent(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
