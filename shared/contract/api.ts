import type { Result } from './result';
import { operationNames, type OperationInput, type OperationName, type OperationOutput } from './operations';
import type { EventName, EventPayload } from './events';

export type OperationsApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

export interface EventsApi {
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What the preload exposes as `window.presswork` and the harness bridge implements. */
export type PressworkApi = OperationsApi & EventsApi;

/** Builds every operation's function from one transport call, so no bridge lists operations by hand. */
export function bindOperations(call: (name: OperationName, input: unknown) => Promise<Result<unknown>>): OperationsApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of operationNames) api[name] = (input: unknown) => call(name, input);
  return api as OperationsApi;
}
