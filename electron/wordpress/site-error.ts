import { UserFacingError, type ErrorCode } from '../../shared/contract/result';

/** Why a site did not do what was asked, in terms a user can act on. */
export type SiteFailure =
  | 'no_network'
  | 'timeout'
  | 'not_wordpress'
  | 'https_required'
  | 'app_passwords_disabled'
  | 'wrong_password'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server_error'
  | 'rejected';

const CODES: Record<SiteFailure, ErrorCode> = {
  no_network: 'network',
  timeout: 'network',
  not_wordpress: 'remote',
  https_required: 'auth',
  app_passwords_disabled: 'auth',
  wrong_password: 'auth',
  forbidden: 'forbidden',
  not_found: 'not_found',
  rate_limited: 'network',
  server_error: 'remote',
  rejected: 'remote',
};

/** A failure talking to a site. `retryable` says whether sending the same request later can succeed. */
export class SiteError extends UserFacingError {
  constructor(
    readonly failure: SiteFailure,
    message: string,
    readonly status: number | null = null,
    readonly remoteCode: string | null = null,
    readonly retryAfter: string | null = null,
  ) {
    super(CODES[failure], message);
    this.name = 'SiteError';
  }

  get retryable(): boolean {
    return this.failure === 'no_network' || this.failure === 'timeout' || this.failure === 'rate_limited' || this.failure === 'server_error';
  }
}

/** The readable reason for a WordPress REST error answer ({code, message, data: {status}}). */
export function siteErrorFromResponse(status: number, body: unknown, retryAfter: string | null, host: string): SiteError {
  const remote = typeof body === 'object' && body !== null ? (body as { code?: unknown; message?: unknown }) : {};
  const code = typeof remote.code === 'string' ? remote.code : null;
  const said = typeof remote.message === 'string' ? stripTags(remote.message) : '';
  if (status === 401 || code === 'incorrect_password' || code === 'invalid_username' || code === 'rest_not_logged_in') {
    return new SiteError(
      'wrong_password',
      `${host} did not accept the username and application password. Check the username, and create a new application password in WordPress (Users → Profile → Application Passwords), then paste it here.`,
      status,
      code,
    );
  }
  if (code === 'application_passwords_disabled' || code === 'application_passwords_disabled_for_user') {
    return new SiteError('app_passwords_disabled', `Application passwords are turned off on ${host}. Ask the site’s administrator to enable them (a security plugin often disables them).`, status, code);
  }
  if (status === 403) {
    return new SiteError('forbidden', `Your WordPress account on ${host} may not do this${said ? ` (“${said}”)` : ''}. Ask an administrator for the Editor role or higher.`, status, code);
  }
  if (status === 404) return new SiteError('not_found', `${host} does not have that item any more${said ? ` (“${said}”)` : ''}.`, status, code);
  if (status === 429) return new SiteError('rate_limited', `${host} asked us to slow down; Presswork will try again shortly.`, status, code, retryAfter);
  if (status >= 500) return new SiteError('server_error', `${host} had an internal error (HTTP ${status}); Presswork will try again.`, status, code, retryAfter);
  return new SiteError('rejected', `${host} refused the request${said ? `: “${said}”` : ` (HTTP ${status})`}.`, status, code);
}

export function networkError(host: string, cause: unknown): SiteError {
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return new SiteError('timeout', `${host} did not answer in time. Presswork will try again when it answers.`);
  }
  return new SiteError('no_network', `Presswork could not reach ${host}. Check the network connection and the site address; work is kept and sent when the site answers.`);
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '').trim().slice(0, 300);
}

/** The site answers at another address now (https, or with or without www.): the user confirms it before anything is stored. */
export class SiteMovedError extends SiteError {
  constructor(
    host: string,
    readonly movedTo: string,
  ) {
    super('not_wordpress', `${host} now answers at ${movedTo}. Use that address?`);
    this.name = 'SiteMovedError';
  }
}
