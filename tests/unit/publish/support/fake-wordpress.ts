/**
 * A WordPress site in memory, reached through a `fetch` the core's client takes: it answers the
 * routes publishing uses with the status codes and JSON shapes a real WordPress 6.1 sends (taken
 * from the real site the integration tests use), and injects the faults a real network has.
 */

export interface FakeRequest {
  method: string;
  /** The REST route (`/wp/v2/posts/7`), or the path for non-REST pages. */
  route: string;
  query: URLSearchParams;
  /** How many requests came before this one, plus one. */
  n: number;
}

/**
 * What happens to one request: answered normally; answered with an error status (the site's code
 * and message, as WordPress words them); or lost in the network, before the site saw it (`reset`,
 * `timeout`) or after it committed (`drop-response`).
 */
export type FakeFault =
  | 'forward'
  | 'reset'
  | 'timeout'
  | 'drop-response'
  | { status: number; code?: string; message?: string; retryAfter?: string };

export interface FakePost {
  id: number;
  slug: string;
  status: string;
  link: string;
  date_gmt: string | null;
  modified_gmt: string;
  title: { raw: string; rendered: string };
  content: { raw: string; rendered: string; protected: boolean; block_version: number };
  excerpt: { raw: string; rendered: string; protected: boolean };
  meta: unknown[];
  categories: number[];
  tags: number[];
  featured_media: number;
}

interface Term {
  id: number;
  name: string;
  slug: string;
  parent: number;
  taxonomy: 'category' | 'post_tag';
}

const REST_PREFIX = '/wp-json';

export class FakeWordPress {
  readonly url: string;
  readonly user = { id: 1, username: 'editor', name: 'Ed Itor', password: 'abcd EFGH ijkl MNOP qrst UVWX' };
  readonly posts = new Map<number, FakePost>();
  readonly requests: FakeRequest[] = [];
  private readonly terms: Term[] = [];
  private nextId = 10;
  /** WordPress's clock, in whole seconds as its `modified_gmt` has them; every write moves it on. */
  private clock = Date.UTC(2026, 0, 1) / 1000;
  private plan: (request: FakeRequest) => FakeFault = () => 'forward';

  constructor(host = 'news.example') {
    this.url = `https://${host}`;
  }

  /** Decides the fate of each following request. */
  setPlan(plan: (request: FakeRequest) => FakeFault): void {
    this.plan = plan;
  }

  /** Requests to one route and method, e.g. `count('POST', '/wp/v2/posts')`. */
  count(method: string, route: string | RegExp): number {
    return this.requests.filter((r) => r.method === method && (typeof route === 'string' ? r.route === route : route.test(r.route))).length;
  }

  /** Another workstation edits the post on the site. */
  editPost(id: number, patch: { title?: string; content?: string; excerpt?: string }): FakePost {
    const post = this.posts.get(id);
    if (!post) throw new Error(`no post ${id}`);
    this.write(post, patch);
    return post;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const route = url.searchParams.get('rest_route') ?? (url.pathname.startsWith(REST_PREFIX) ? url.pathname.slice(REST_PREFIX.length) || '/' : url.pathname);
    const request: FakeRequest = { method, route, query: url.searchParams, n: this.requests.length + 1 };
    this.requests.push(request);
    const fault = this.plan(request);
    if (fault === 'reset') throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    if (fault === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    if (typeof fault === 'object') {
      const headers: Record<string, string> = fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {};
      return json(fault.status, { code: fault.code ?? 'internal_server_error', message: fault.message ?? '<p>There has been a critical error on this website.</p>', data: { status: fault.status } }, headers);
    }
    const response = this.answer(request, url, new Headers(init?.headers), typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : null);
    if (fault === 'drop-response') throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    return response;
  };

  private answer(request: FakeRequest, url: URL, headers: Headers, body: unknown): Response {
    const { method, route } = request;
    if (!url.pathname.startsWith(REST_PREFIX) && !url.searchParams.has('rest_route')) {
      // The home page announces the API and, like WordPress's default theme, its version.
      return new Response(`<!doctype html><html><head><meta name="generator" content="WordPress 6.1.9" /></head><body>News</body></html>`, {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=UTF-8', Link: `<${this.url}/wp-json/>; rel="https://api.w.org/"` },
      });
    }
    if (route === '/' || route === '') {
      return json(200, {
        name: 'The Daily Fake',
        description: '',
        url: this.url,
        home: this.url,
        namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1', 'wp-block-editor/v1'],
        authentication: { 'application-passwords': { endpoints: { authorization: `${this.url}/wp-admin/authorize-application.php` } } },
      });
    }
    const auth = headers.get('authorization');
    if (auth !== null && auth !== basic(this.user.username, this.user.password.replace(/\s+/g, ''))) {
      return json(401, { code: 'incorrect_password', message: 'The provided password is an invalid application password.', data: { status: 401 } });
    }
    if (auth === null) return json(401, { code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } });

    if (route === '/wp/v2/users/me' && method === 'GET') {
      return json(200, { id: this.user.id, username: this.user.username, name: this.user.name, roles: ['editor'], capabilities: { edit_posts: true, publish_posts: true, upload_files: true, manage_options: false } });
    }
    if (route === '/wp/v2/posts' && method === 'GET') {
      const slug = url.searchParams.get('slug');
      const found = [...this.posts.values()].filter((p) => (slug === null || p.slug === slug) && (url.searchParams.get('status') === 'any' || p.status === 'publish'));
      return json(200, found, { 'X-WP-Total': String(found.length), 'X-WP-TotalPages': '1' });
    }
    if (route === '/wp/v2/posts' && method === 'POST') {
      const post = this.create(body as Record<string, unknown>);
      return json(201, post, { Location: `${this.url}/wp-json/wp/v2/posts/${post.id}` });
    }
    const postRoute = /^\/wp\/v2\/posts\/(\d+)$/.exec(route);
    if (postRoute) {
      const post = this.posts.get(Number(postRoute[1]));
      if (!post) return json(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
      if (method === 'GET') return json(200, post);
      if (method === 'POST') return json(200, this.write(post, body as Record<string, unknown>));
      if (method === 'DELETE') {
        if (post.status === 'trash') return json(410, { code: 'rest_already_trashed', message: 'The post has already been deleted.', data: { status: 410 } });
        return json(200, this.write(post, { status: 'trash' }));
      }
    }
    const termRoute = /^\/wp\/v2\/(categories|tags)$/.exec(route);
    if (termRoute) {
      const taxonomy = termRoute[1] === 'tags' ? 'post_tag' : 'category';
      if (method === 'GET') {
        const search = (url.searchParams.get('search') ?? '').toLowerCase();
        return json(200, this.terms.filter((t) => t.taxonomy === taxonomy && t.name.toLowerCase().includes(search)));
      }
      if (method === 'POST') {
        const { name, parent = 0 } = body as { name: string; parent?: number };
        const existing = this.terms.find((t) => t.taxonomy === taxonomy && t.name.toLowerCase() === name.toLowerCase() && t.parent === parent);
        if (existing) return json(400, { code: 'term_exists', message: 'A term with the name provided already exists with this parent.', data: { status: 400, term_id: existing.id } });
        const term: Term = { id: this.nextId++, name: name.replace(/&/g, '&amp;'), slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), parent, taxonomy };
        this.terms.push(term);
        return json(201, term);
      }
    }
    if (route === '/wp/v2/media' && method === 'GET') return json(200, []);
    return json(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
  }

  private create(fields: Record<string, unknown>): FakePost {
    const id = this.nextId++;
    const post: FakePost = {
      id,
      slug: '',
      status: 'draft',
      link: `${this.url}/?p=${id}`,
      date_gmt: null,
      modified_gmt: '',
      title: { raw: '', rendered: '' },
      content: { raw: '', rendered: '', protected: false, block_version: 1 },
      excerpt: { raw: '', rendered: '', protected: false },
      meta: [],
      categories: [],
      tags: [],
      featured_media: 0,
    };
    this.posts.set(id, post);
    return this.write(post, fields);
  }

  private write(post: FakePost, fields: Record<string, unknown>): FakePost {
    this.clock += 1;
    const stamp = new Date(this.clock * 1000).toISOString().slice(0, 19);
    if (typeof fields.title === 'string') post.title = { raw: fields.title, rendered: fields.title };
    if (typeof fields.content === 'string') post.content = { ...post.content, raw: fields.content, rendered: fields.content.replace(/<!--[\s\S]*?-->/g, '') };
    if (typeof fields.excerpt === 'string') post.excerpt = { ...post.excerpt, raw: fields.excerpt, rendered: `<p>${fields.excerpt}</p>\n` };
    if (typeof fields.slug === 'string') post.slug = fields.slug;
    if (typeof fields.status === 'string') post.status = fields.status;
    if (Array.isArray(fields.categories)) post.categories = fields.categories as number[];
    if (Array.isArray(fields.tags)) post.tags = fields.tags as number[];
    if (typeof fields.featured_media === 'number') post.featured_media = fields.featured_media;
    if (post.status === 'publish' || post.status === 'future') post.date_gmt = typeof fields.date_gmt === 'string' ? fields.date_gmt : (post.date_gmt ?? stamp);
    post.modified_gmt = stamp;
    return structuredClone(post);
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers } });
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
