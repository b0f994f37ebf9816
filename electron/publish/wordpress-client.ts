import { DEFAULT_RETRY_POLICY, decideRetry, type Outcome, type RetryPolicy } from './retry-policy';
import { networkError, SiteError, siteErrorFromResponse } from './site-error';

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
}

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
  private readonly fetch: typeof fetch;
  private readonly policy: RetryPolicy;

  constructor(private readonly options: ClientOptions) {
    this.host = new URL(options.apiRoot).host;
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

  private async requestWithRetry<T>(method: string, route: string, options: RequestOptions): Promise<WpResponse<T>> {
    const idempotent = options.idempotent ?? (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE');
    const sleep = this.options.sleep ?? sleeper;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<T>(method, route, options);
      } catch (error) {
        if (!(error instanceof SiteError) || !idempotent) throw error;
        const outcome: Outcome = error.status === null ? { kind: 'network' } : { kind: 'http', status: error.status, retryAfter: error.retryAfter };
        const decision = decideRetry(outcome, attempt, this.policy, Date.now(), this.options.random);
        if (!decision.retry) throw error;
        await sleep(decision.delayMs);
      }
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
    const started = Date.now();
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(this.url(route, options.query), {
        method,
        headers,
        body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
      text = await response.text();
    } catch (error) {
      this.options.onRequest?.({ method, route, status: null, requestBytes, ms: Date.now() - started });
      throw networkError(this.host, error);
    }
    this.options.onRequest?.({ method, route, status: response.status, requestBytes, ms: Date.now() - started });
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
