import { z } from 'zod';
import {
  isOperationName,
  operations,
  type OperationName,
  type OperationOutput,
  type ParsedInput,
} from '../../shared/contract/operations';
import { fail, UserFacingError, type Result } from '../../shared/contract/result';

export type Handlers = { [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>> };

/** The handlers for one capability's slice of the contract. */
export type HandlersFor<T extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [K in keyof T]: (input: z.output<T[K]['input']>) => z.output<T[K]['output']> | Promise<z.output<T[K]['output']>>;
};

export type Dispatch = (name: unknown, payload: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go; their details never reach the renderer. */
  logError?: (operation: string, error: unknown) => void;
  /** Turns a storage failure (full disk, unwritable folder) into the sentence the user sees. */
  describeFailure?: (error: unknown) => UserFacingError | null;
  /** Told how long each handled operation took (validation included), for the slow-operation log. */
  timed?: (operation: string, ms: number) => void;
}

/**
 * The single entry point for every transport: validates the operation name and payload against
 * the contract before any handler runs, and the answer against the contract before it leaves.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((op, e) => console.error(`[core] ${op} failed:`, e));
  const timed = options.timed;
  if (!timed) return dispatch;
  return async (name, payload) => {
    const started = performance.now();
    try {
      return await dispatch(name, payload);
    } finally {
      if (isOperationName(name)) timed(name, performance.now() - started);
    }
  };

  async function dispatch(name: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isOperationName(name)) return fail('unknown_operation', 'Presswork does not know that request.');
    const input = operations[name].input.safeParse(payload);
    if (!input.success) return fail('invalid_input', describeIssues(input.error));
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(input.data);
      return { ok: true, value: operations[name].output.parse(value) };
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.code, error.message);
      logError(name, error);
      const described = options.describeFailure?.(error);
      if (described) return fail(described.code, described.message);
      return fail('internal', 'Something went wrong inside Presswork. Your last saved work is safe; try again.');
    }
  }
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request was not valid${where}: ${first.message}`;
}
