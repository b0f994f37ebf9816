import { bindOperations, type PressworkApi } from '../../shared/contract/api';
import { isEventName, type EventName } from '../../shared/contract/events';
import { fail, type Result } from '../../shared/contract/result';
import { WireMessage } from '../../shared/contract/wire';
import { BACKEND_DOWN, type BackendConnection, type ConnectionState } from './connection';

/** Waits between attempts to reach a backend that went away: quick at first, then every few seconds. */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000];
/** How long a call waits for the backend to come (back) before it fails; a short blip costs no error. */
const CALL_WAIT_MS = 5000;

/**
 * The harness's stand-in for the preload: the same PressworkApi over a loopback WebSocket, so the
 * renderer under test is the renderer that ships. When the backend goes away the bridge says so
 * and connects again, with backoff, for as long as the page is open. A call in flight when the
 * socket drops fails (it may or may not have run: only its caller knows whether sending it again is
 * safe, as the autosaver's whole-story saves are); a call made while the backend is away waits for
 * it a little, then fails without having been sent.
 */
export function createSocketBridge(url: string): { api: PressworkApi; connection: BackendConnection } {
  let nextId = 1;
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let attempt = 0;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const watchers = new Set<(state: ConnectionState) => void>();

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const watcher of [...watchers]) watcher(next);
  };

  const open = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      attempt = 0;
      setState('open');
    });
    ws.addEventListener('message', (event) => {
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
    // A refused or dropped connection ends in close (after error, if any): one place to try again.
    ws.addEventListener('close', () => {
      for (const resolve of pending.values()) resolve(fail('network', BACKEND_DOWN));
      pending.clear();
      setState('down');
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]!;
      attempt++;
      setTimeout(open, delay);
    });
  };
  open();

  const whenOpen = (): Promise<boolean> => {
    if (state === 'open') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(ok);
      };
      const watch = (next: ConnectionState) => next === 'open' && done(true);
      const timer = setTimeout(() => done(false), CALL_WAIT_MS);
      watchers.add(watch);
    });
  };

  const call = async (op: string, input: unknown): Promise<Result<unknown>> => {
    if (!(await whenOpen()) || socket?.readyState !== WebSocket.OPEN) return fail('network', BACKEND_DOWN);
    const id = nextId++;
    const ws = socket;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, op, input }));
    });
  };

  return {
    api: {
      ...bindOperations(call),
      onEvent(name, listener) {
        const set = listeners.get(name) ?? new Set();
        listeners.set(name, set);
        const wrapped = listener as (payload: unknown) => void;
        set.add(wrapped);
        return () => set.delete(wrapped);
      },
    },
    connection: {
      state: () => state,
      subscribe(watcher) {
        watchers.add(watcher);
        return () => watchers.delete(watcher);
      },
    },
  };
}
