import type { SeoPlugin, SiteMetadata } from '../../shared/contract/operations/sites';
import { remoteName, remoteRecord } from '../../shared/contract/remote-values';
import { SiteError } from './site-error';
import type { WordPressClient } from './wordpress-client';

/**
 * Where each SEO plugin keeps a post's SEO title and meta description: the post meta keys the
 * plugins themselves read. Yoast's own REST API is read-only, so these keys are the only way in,
 * and only where the site has opened them to the REST API (register_post_meta with show_in_rest).
 */
export const SEO_META_KEYS: Record<SeoPlugin, { title: string; description: string }> = {
  yoast: { title: '_yoast_wpseo_title', description: '_yoast_wpseo_metadesc' },
  'rank-math': { title: 'rank_math_title', description: 'rank_math_description' },
};

/** The REST namespaces the plugins register whether or not their fields are open: they tell that the plugin runs. */
const SEO_NAMESPACES: Record<SeoPlugin, string> = { yoast: 'yoast/v1', 'rank-math': 'rankmath/v1' };

/** A byline field: a post meta key named byline, maybe with a plugin's prefix (`byline`, `_byline`, `pw_byline`). */
const BYLINE_KEY = /^_*(?:[a-z0-9]+_)?byline$/i;
const META_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const FEED_MAX_BYTES = 2 * 1024 * 1024;

/** Templates that draw a story's page and a section's list of stories, most specific first (WordPress's template hierarchy). */
const STORY_TEMPLATES = ['single-post', 'single', 'singular', 'index'];
const LIST_TEMPLATES = ['category', 'archive', 'index'];
const EXCERPT_BLOCK = /<!--\s+wp:(?:core\/)?post-excerpt[\s>/]/;

/**
 * Looks at what the site does with a story's metadata. Each fact the site will not tell (a route it
 * lacks, a capability the user does not have) is left null; a network failure throws, so nothing
 * half-known is stored as known.
 */
export async function detectSiteMetadata(client: WordPressClient, siteUrl: string): Promise<SiteMetadata> {
  const [meta, namespaces, language, theme] = await Promise.all([
    unlessRefused(() => postMetaFields(client)),
    unlessRefused(() => restNamespaces(client)),
    unlessRefused(() => siteLanguage(client, siteUrl)),
    unlessRefused(() => activeTheme(client)),
  ]);
  return { seo: seoPlugin(meta ?? new Map(), namespaces ?? []), bylineField: bylineField(meta ?? new Map()), language, theme };
}

async function unlessRefused<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SiteError && !error.retryable) return null;
    throw error;
  }
}


/** The post meta keys open to the REST API, from the posts route's schema, with their types. */
async function postMetaFields(client: WordPressClient): Promise<Map<string, string[]>> {
  const { data } = await client.request<unknown>('OPTIONS', '/wp/v2/posts', { idempotent: true });
  const properties = remoteRecord(remoteRecord(remoteRecord(remoteRecord(remoteRecord(data).schema).properties).meta).properties);
  const fields = new Map<string, string[]>();
  for (const [key, schema] of Object.entries(properties)) {
    if (!META_KEY.test(key)) continue;
    const type = remoteRecord(schema).type;
    fields.set(key, (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string'));
  }
  return fields;
}

async function restNamespaces(client: WordPressClient): Promise<string[]> {
  const { data } = await client.get<unknown>('/', { _fields: 'namespaces' });
  const namespaces = remoteRecord(data).namespaces;
  return Array.isArray(namespaces) ? namespaces.filter((n): n is string => typeof n === 'string') : [];
}

/** A plugin whose two keys are open wins; else a plugin that runs with its keys closed; else none. */
function seoPlugin(meta: Map<string, string[]>, namespaces: readonly string[]): SiteMetadata['seo'] {
  const plugins = Object.keys(SEO_META_KEYS) as SeoPlugin[];
  const writable = plugins.find((p) => isString(meta.get(SEO_META_KEYS[p].title)) && isString(meta.get(SEO_META_KEYS[p].description)));
  if (writable) return { plugin: writable, writable: true };
  const running = plugins.find((p) => namespaces.includes(SEO_NAMESPACES[p]));
  return running ? { plugin: running, writable: false } : null;
}

function bylineField(meta: Map<string, string[]>): string | null {
  const keys = [...meta.keys()].filter((k) => BYLINE_KEY.test(k) && isString(meta.get(k)));
  return keys.find((k) => k.toLowerCase() === 'byline') ?? keys[0] ?? null;
}

const isString = (types: string[] | undefined) => types !== undefined && types.includes('string');

/** The language the site's feed declares (WordPress writes the site's locale there); the feed needs no sign-in. */
async function siteLanguage(client: WordPressClient, siteUrl: string): Promise<string | null> {
  const { bytes } = await client.download(`${siteUrl}/?feed=rss2`, FEED_MAX_BYTES);
  const match = /<language>\s*([^<\s]+)\s*<\/language>/.exec(new TextDecoder().decode(bytes));
  return match && LANGUAGE_TAG.test(match[1]!) ? match[1]! : null;
}

/**
 * The active theme, and for a block theme whether its templates show the excerpt (the Post Excerpt
 * block, also inside template parts and patterns). A classic theme's PHP templates cannot be read,
 * and only administrators may read a block theme's: then whether it shows excerpts stays null.
 */
async function activeTheme(client: WordPressClient): Promise<SiteMetadata['theme']> {
  const { data } = await client.get<unknown>('/wp/v2/themes', { status: 'active', _fields: 'name,stylesheet' });
  const active = Array.isArray(data) ? remoteRecord(data[0]) : null;
  if (!active) return null;
  const rawName = remoteRecord(active.name);
  const name = remoteName(typeof active.name === 'string' ? active.name : (rawName.raw ?? rawName.rendered ?? active.stylesheet));
  const templates = await unlessRefused(() => markupBySlug(client, '/wp/v2/templates', 'slug'));
  if (templates === null || !templates.has('index')) return { name, excerptOnStory: null, excerptInLists: null };
  const expander = new TemplateExpander(client, templates);
  return {
    name,
    excerptOnStory: await expander.showsExcerpt(STORY_TEMPLATES),
    excerptInLists: await expander.showsExcerpt(LIST_TEMPLATES),
  };
}

/** Templates and template parts are keyed by slug (their raw markup needs the edit context); registered patterns by name. */
async function markupBySlug(client: WordPressClient, route: string, key: 'slug' | 'name'): Promise<Map<string, string>> {
  const { data } = await client.get<unknown>(route, key === 'slug' ? { context: 'edit', _fields: 'slug,content' } : { _fields: 'name,content' });
  const out = new Map<string, string>();
  for (const item of Array.isArray(data) ? data : []) {
    const slug = remoteRecord(item)[key];
    const content = remoteRecord(item).content;
    const markup = typeof content === 'string' ? content : remoteRecord(content).raw;
    if (typeof slug === 'string' && typeof markup === 'string') out.set(slug, markup);
  }
  return out;
}

/** Template markup with its template parts and patterns put in place, each list fetched once, when first needed. */
class TemplateExpander {
  private parts: Promise<Map<string, string>> | null = null;
  private patterns: Promise<Map<string, string>> | null = null;

  constructor(
    private readonly client: WordPressClient,
    private readonly templates: Map<string, string>,
  ) {}

  async showsExcerpt(hierarchy: readonly string[]): Promise<boolean> {
    const slug = hierarchy.find((s) => this.templates.has(s))!;
    return EXCERPT_BLOCK.test(await this.expand(this.templates.get(slug)!, 0));
  }

  private async expand(markup: string, depth: number): Promise<string> {
    // Three levels cover a pattern inside a part inside a template; a part that includes itself stops there.
    if (depth > 3) return markup;
    const references = [...markup.matchAll(/<!--\s+wp:(?:core\/)?(template-part|pattern)\s+(\{[^]*?\})\s*\/?-->/g)];
    let out = markup;
    for (const [whole, kind, attributes] of references) {
      const slug = slugOf(attributes!);
      if (slug === null) continue;
      const table = await (kind === 'pattern' ? this.patternMarkup() : this.partMarkup());
      const found = table.get(slug);
      if (found !== undefined) out = out.replace(whole, await this.expand(found, depth + 1));
    }
    return out;
  }

  private partMarkup(): Promise<Map<string, string>> {
    this.parts ??= unlessRefused(() => markupBySlug(this.client, '/wp/v2/template-parts', 'slug')).then((m) => m ?? new Map());
    return this.parts;
  }

  private patternMarkup(): Promise<Map<string, string>> {
    this.patterns ??= unlessRefused(() => markupBySlug(this.client, '/wp/v2/block-patterns/patterns', 'name')).then((m) => m ?? new Map());
    return this.patterns;
  }
}

function slugOf(attributes: string): string | null {
  try {
    const slug = remoteRecord(JSON.parse(attributes)).slug;
    return typeof slug === 'string' ? slug : null;
  } catch {
    return null;
  }
}
