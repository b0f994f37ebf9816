import { useSyncExternalStore } from 'react';
import type { PressworkApi } from '../../shared/contract/api';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import type { OperationError, Result } from '../../shared/contract/result';
import { BRIDGE_META_NAME } from '../../shared/contract/wire';
import { alwaysOpen, type BackendConnection, type ConnectionState } from './connection';
import { createSocketBridge } from './socket-bridge';

declare global {
  interface Window {
    presswork?: PressworkApi;
  }
}

function connect(): { api: PressworkApi; connection: BackendConnection } {
  if (window.presswork) return { api: window.presswork, connection: alwaysOpen };
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE_META_NAME}"]`);
  if (!meta?.content) throw new Error('Presswork must run inside its app window or the test harness.');
  return createSocketBridge(meta.content);
}

// Connected on first use, not on import: modules that only may call the core (an editor card's
// hooks) are also loaded where there is no window, by the headless editor's tests.
let bridge: ReturnType<typeof connect> | null = null;
const connected = () => (bridge ??= connect());

export const api: PressworkApi = new Proxy({} as PressworkApi, { get: (_target, key) => Reflect.get(connected().api, key) });
/** Whether the core is answering; savers retry when it comes back, save statuses say when it is away. */
export const connection: BackendConnection = {
  state: () => connected().connection.state(),
  subscribe: (listener) => connected().connection.subscribe(listener),
};

export function useBackendConnection(): ConnectionState {
  return useSyncExternalStore(connection.subscribe, connection.state);
}

/** An operation's failure, carrying the core's readable message. */
export class OperationFailed extends Error {
  constructor(readonly error: OperationError) {
    super(error.message);
  }
}

/** Calls an operation and throws its readable error; for UI code that reports failures in one place. */
export async function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const fn = api[name] as unknown as (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
  const result = await fn(input);
  if (!result.ok) throw new OperationFailed(result.error);
  return result.value as OperationOutput<K>;
}
