/** Every operation answers with a Result, so the renderer never has to parse thrown errors across a process boundary. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_operation'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'storage'
  | 'network'
  | 'auth'
  | 'remote'
  | 'media'
  | 'internal';

export interface OperationError {
  code: ErrorCode;
  /** A sentence a user can read and act on. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: OperationError } => ({
  ok: false,
  error: { code, message },
});

/** Thrown by core code for failures that carry a message meant for the user. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The readable message of anything thrown or rejected: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
