/** Whether the core answers: always in the app (same process as the window); over the harness's socket, not always. */
export type ConnectionState = 'connecting' | 'open' | 'down';

export interface BackendConnection {
  state(): ConnectionState;
  /** Called on every change of state; returns the unsubscribe. */
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

/** The failure of a call the backend could not take or answer; says nothing of what the caller keeps. */
export const BACKEND_DOWN = 'Presswork’s backend is not answering.';

/** Electron's preload: the core lives in the main process, which outlives the window. */
export const alwaysOpen: BackendConnection = { state: () => 'open', subscribe: () => () => undefined };

/** Calls `retry` each time the backend answers again after it was away. */
export function onBackendBack(connection: BackendConnection, retry: () => void): () => void {
  let last = connection.state();
  return connection.subscribe((next) => {
    if (next === 'open' && last !== 'open') retry();
    last = next;
  });
}
