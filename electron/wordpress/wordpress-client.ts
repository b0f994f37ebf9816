import { DEFAULT_RETRY_POLICY, decideRetry, type Outcome, type RetryPolicy } from './retry-policy';
import { fetchWithinSite, readCapped, REST_MAX_BYTES, restTooLarge, sameOrigin } from './site-fetch';
import { SiteError, siteErrorFromResponse } from './site-error';

export interface Credentials {
  username: string;
  password: string;
}

/** One exchange, reported for logs and the benchmark: never the credentials, never the body. */
export interface RequestReport {
  method: string;
  route: string;
  status: number | null;
  requestBytes: number;
  ms: number;
}

export interface ClientOptions {
  /** The REST root as discovered: `https://site/wp-json/` or `https://site/?rest_route=/`. */
  apiRoot: string;
  credentials?: Credentials;
  fetch?: typeof fetch;
  timeoutMs?: number;
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRequest?: (report: RequestReport) => void;
  /** The total time one file download may take; DOWNLOAD_DEADLINE_MS unless a test shortens it. */
  downloadDeadlineMs?: number;
}

/** A site trickling an attachment out byte by byte must not hold a sync for minutes. */
export const DOWNLOAD_DEADLINE_MS = 60_000;

export type Query = Record<string, string | number | boolean | undefined | null | readonly (string | number)[]>;

export interface RequestOptions {
  query?: Query;
  json?: unknown;
  body?: Uint8Array;
  headers?: Record<string, string>;
  /**
   * Whether sending it again is harmless. A create (POST) is not: when its answer is lost the caller
   * must look for what it made before trying again, so it is never retried here.
   */
  idempotent?: boolean;
}

export interface WpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Application-password REST client on Node's fetch, with the retry policy for idempotent requests. */
export class WordPressClient {
  readonly host: string;
  /** The only origin requests, and the credentials with them, go to. */
  readonly origin: string;
  private readonly fetch: typeof fetch;
  private readonly policy: RetryPolicy;

  constructor(private readonly options: ClientOptions) {
    this.host = new URL(options.apiRoot).host;
    this.origin = new URL(options.apiRoot).origin;
    this.fetch = options.fetch ?? fetch;
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
  }

  get apiRoot(): string {
    return this.options.apiRoot;
  }

  /** The URL of a route (`/wp/v2/posts`) under either REST root style. */
  url(route: string, query: Query = {}): string {
    const root = new URL(this.options.apiRoot);
    const restRoute = root.searchParams.get('rest_route');
    let url: URL;
    if (restRoute !== null) {
      url = new URL(root.toString());
      url.searchParams.set('rest_route', restRoute.replace(/\/$/, '') + route);
    } else {
      url = new URL(route.replace(/^\//, ''), root.toString().endsWith('/') ? root : new URL(root.toString() + '/'));
    }
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url.toString();
  }

  async request<T>(method: string, route: string, options: RequestOptions = {}): Promise<WpResponse<T>> {
    try {
      return await this.requestWithRetry<T>(method, route, options);
    } catch (error) {
      throw await this.explainRefusal(error, route);
    }
  }

  /**
   * WordPress ignores a wrong application password and answers as if nobody were signed in, so the
   * failure shows up as "invalid status" or "not allowed". Asking who we are tells them apart.
   */
  private async explainRefusal(error: unknown, route: string): Promise<unknown> {
    if (!(error instanceof SiteError) || !this.options.credentials || route === '/wp/v2/users/me') return error;
    if (error.status !== 400 && error.status !== 403) return error;
    try {
      await this.once('GET', '/wp/v2/users/me', {});
      return error;
    } catch (probe) {
      return probe instanceof SiteError && probe.failure === 'wrong_password' ? probe : error;
    }
  }

  private requestWithRetry<T>(method: string, route: string, options: RequestOptions): Promise<WpResponse<T>> {
    const idempotent = options.idempotent ?? (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE');
    return this.retrying(idempotent, () => this.once<T>(method, route, options));
  }

  /**
   * A file the site itself serves (an attachment's `source_url`), at most `maxBytes`, retried like
   * any GET. Only from the host the REST API answers on, and redirects only within it: a media
   * record or a post could otherwise point Presswork at any address on the user's network.
   * Static files need no credentials, so none are sent.
   */
  download(url: string, maxBytes: number): Promise<{ bytes: Uint8Array; contentType: string }> {
    const deadline = AbortSignal.timeout(this.downloadDeadlineMs);
    return this.retrying(true, () => this.downloadOnce(url, maxBytes, deadline));
  }

  /** How long one download may take in all, retries and a slowly trickling body included. */
  get downloadDeadlineMs(): number {
    return this.options.downloadDeadlineMs ?? DOWNLOAD_DEADLINE_MS;
  }

  private async retrying<T>(idempotent: boolean, attemptOnce: () => Promise<T>): Promise<T> {
    const sleep = this.options.sleep ?? sleeper;
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce();
      } catch (error) {
        if (!(error instanceof SiteError) || !idempotent || !error.retryable) throw error;
        const outcome: Outcome = error.status === null ? { kind: 'network' } : { kind: 'http', status: error.status, retryAfter: error.retryAfter };
        const decision = decideRetry(outcome, attempt, this.policy, Date.now(), this.options.random);
        if (!decision.retry) throw error;
        await sleep(decision.delayMs);
      }
    }
  }

  /** The URL itself when it is on this site's host over http(s); a readable refusal otherwise. */
  private onThisSite(url: string, base?: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      throw new SiteError('rejected', `${this.host} gave an image address Presswork cannot read.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new SiteError('rejected', `${this.host} gave an image address that is not a web address; Presswork downloads images only from the site itself.`);
    }
    if (parsed.host !== this.host) {
      throw new SiteError('rejected', `The image is stored at ${parsed.host}, not on ${this.host}; Presswork downloads images only from the site itself.`);
    }
    return parsed;
  }

  private async downloadOnce(url: string, maxBytes: number, deadline: AbortSignal): Promise<{ bytes: Uint8Array; contentType: string }> {
    const deadlineSeconds = Math.round(this.downloadDeadlineMs / 1000);
    const overDeadline = () => new SiteError('rejected', `The image on ${this.host} took more than ${deadlineSeconds} s to download; Presswork stopped.`);
    if (deadline.aborted) throw overDeadline();
    try {
      const response = await fetchWithinSite(this.onThisSite(url), { method: 'GET', signal: deadline }, {
        fetch: this.fetch,
        host: this.host,
        within: (location, from) => this.onThisSite(location, from.toString()),
        onExchange: (target, status, ms) => this.options.onRequest?.({ method: 'GET', route: target.pathname, status, requestBytes: 0, ms }),
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw siteErrorFromResponse(response.status, null, response.headers.get('retry-after'), this.host);
      }
      const tooLarge = () => new SiteError('rejected', `The image on ${this.host} is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB Presswork imports.`, response.status);
      const bytes = await readCapped(response, maxBytes, this.host, tooLarge);
      return { bytes, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      // The deadline covers every attempt: once it is past, trying again cannot finish in time.
      throw deadline.aborted ? overDeadline() : error;
    }
  }

  get<T>(route: string, query?: Query): Promise<WpResponse<T>> {
    return this.request<T>('GET', route, { query });
  }

  private async once<T>(method: string, route: string, options: RequestOptions): Promise<WpResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (this.options.credentials) {
      const { username, password } = this.options.credentials;
      headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.body) {
      body = new Uint8Array(options.body);
    }
    const requestBytes = typeof body === 'string' ? Buffer.byteLength(body) : (options.body?.byteLength ?? 0);
    const response = await fetchWithinSite(new URL(this.url(route, options.query)), { method, headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) }, {
      fetch: this.fetch,
      host: this.host,
      within: sameOrigin(this.origin, this.host),
      onExchange: (_target, status, ms) => this.options.onRequest?.({ method, route, status, requestBytes, ms }),
    });
    const text = new TextDecoder().decode(await readCapped(response, REST_MAX_BYTES, this.host, () => restTooLarge(this.host, response.status)));
    let data: unknown = null;
    if (text !== '') {
      try {
        data = JSON.parse(text);
      } catch {
        // A proxy's or PHP's error page: judged by the status below, or rejected as not JSON.
        data = undefined;
      }
    }
    if (!response.ok) throw siteErrorFromResponse(response.status, data, response.headers.get('retry-after'), this.host);
    if (data === undefined) {
      throw new SiteError('not_wordpress', `${this.host} answered with something that is not the WordPress REST API. Check the site address.`, response.status);
    }
    return { status: response.status, headers: response.headers, data: data as T };
  }
}
