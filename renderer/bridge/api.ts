import type { PressworkApi } from '../../shared/contract/api';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract/operations';
import type { OperationError, Result } from '../../shared/contract/result';
import { BRIDGE_META_NAME } from '../../shared/contract/wire';
import { createSocketBridge } from './socket-bridge';

declare global {
  interface Window {
    presswork?: PressworkApi;
  }
}

function connect(): PressworkApi {
  if (window.presswork) return window.presswork;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE_META_NAME}"]`);
  if (!meta?.content) throw new Error('Presswork must run inside its app window or the test harness.');
  return createSocketBridge(meta.content);
}

export const api: PressworkApi = connect();

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
