import type { ChecklistItem } from '../contract/operations/publish';
import { SEO_PLUGIN_NAMES, type SiteMetadata } from '../contract/operations/sites';
import { checkLinkUrl } from '../content/link-policy';
import { bodyCaptions } from '../story/captions';
import { bodyPlainText } from '../story/plain-text';
import { slugProblem } from '../story/slug';
import type { BodyState } from '../story/story-schema';
import { countTks } from '../story/tk';

export interface ChecklistImage {
  mediaId: string;
  /** The alt text that would be published (the node's own, else the library item's); '' when none. */
  alt: string;
  /** False when the library no longer has the item. */
  exists: boolean;
}

export interface ChecklistInput {
  headline: string;
  standfirst: string;
  sectionCount: number;
  featuredImageId: string | null;
  body: BodyState;
  /** The slug the post will get (the story's, else derived from the headline). */
  slug: string;
  /** The slug of the story's post where it is live on the site; null when it is not live there. */
  liveSlug: string | null;
  /** Another post on the site already using the slug, if the site was asked; null when free or unknown. */
  slugTakenBy: { id: number; title: string } | null;
  /** Every image of the body, the featured image included. */
  images: readonly ChecklistImage[];
  /** Where the byline, SEO fields and standfirst go on the site; absent or null when the site could not be asked. */
  site?: ChecklistSite | null;
  /** Editorial notes on the story not yet resolved: questions still open on the text. */
  openNotes: number;
  /** The lossless round trip's checks on the story as pulled from this site; absent or null for a story never pulled from it. */
  pull?: ChecklistPull | null;
}

/** What the core knows of the story's post as it was pulled, for the round trip's checks. */
export interface ChecklistPull {
  /** The blocks Presswork would change though the user did not edit them (their labels, one per block), while the user has not looked yet. */
  unlookedDifferences: readonly string[];
  /** Kept blocks whose markup was not pulled from this site for this story: never written raw. */
  unpulled: readonly string[];
  /** Kept blocks holding raw HTML, frames, scripts, styles or event attributes, when the account lacks `unfiltered_html`. */
  filtered: readonly string[];
}

/** The site's side of the story's metadata, as the core found it. */
export interface ChecklistSite {
  /** The account Presswork publishes as: WordPress shows its name when no byline reaches the site. */
  accountName: string;
  metadata: SiteMetadata;
  byline: readonly string[];
  /** The byline's name that becomes the post's WordPress author (one of the site's users); null when none can. */
  author: string | null;
  seoTitle: string;
  metaDescription: string;
}

/**
 * What must be fixed (blocker) or should be looked at (warning) before a story goes to a site.
 * Pure: the core gathers the facts (the site's slug answer, the media library's alt texts).
 */
export function publishChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const blocker = (id: string, message: string) => items.push({ id, level: 'blocker', message });
  const warning = (id: string, message: string) => items.push({ id, level: 'warning', message });

  if (input.headline.trim() === '') blocker('headline', 'The story has no headline.');
  if (input.standfirst.trim() === '') warning('standfirst', 'The story has no standfirst; the site will show no excerpt.');
  if (input.sectionCount === 0) warning('section', 'The story is in no section; WordPress will file it under its default category.');
  if (input.featuredImageId === null) warning('featured-image', 'The story has no featured image.');
  if (input.openNotes > 0) {
    warning('notes', `The story has ${plural(input.openNotes, 'open note', 'open notes')}; resolve ${input.openNotes === 1 ? 'it' : 'them'} first, unless ${input.openNotes === 1 ? 'it is' : 'they are'} answered.`);
  }

  const missing = input.images.filter((i) => !i.exists);
  if (missing.length > 0) blocker('image-missing', `${plural(missing.length, 'image is', 'images are')} no longer in the media library; replace or remove them.`);
  const noAlt = input.images.filter((i) => i.exists && i.alt.trim() === '');
  if (noAlt.length > 0) blocker('alt-text', `${plural(noAlt.length, 'image has', 'images have')} no alt text; describe each image for readers who cannot see it.`);

  const text = [input.headline, input.standfirst, bodyPlainText(input.body), bodyCaptions(input.body)].join('\n');
  const tks = countTks(text);
  if (tks > 0) blocker('tk', `The story still has ${plural(tks, 'TK', 'TKs')} (material to come); fill them in first.`);

  if (input.slug === '') blocker('slug', 'The story needs a slug (give it a headline, or type a slug).');
  else {
    const problem = slugProblem(input.slug);
    if (problem) blocker('slug', problem);
    else if (input.slugTakenBy) blocker('slug-taken', `The slug “${input.slug}” is already used on the site by “${input.slugTakenBy.title}”; choose another slug.`);
    else if (input.liveSlug !== null && input.liveSlug !== input.slug) {
      warning('slug-change', `Publishing changes the story’s live address from “${input.liveSlug}” to “${input.slug}”; links to the old address will rely on the site’s redirect.`);
    }
  }

  if (input.site) for (const item of metadataItems(input.site, input.standfirst)) warning(item.id, item.message);

  if (input.pull) for (const item of pullItems(input.pull)) items.push(item);

  for (const url of linkUrls(input.body)) {
    const check = checkLinkUrl(url);
    if (!check.ok) blocker('link', `The link “${url.slice(0, 80)}” cannot be published: ${check.reason}`);
  }
  return items;
}

export const hasBlockers = (items: readonly ChecklistItem[]) => items.some((i) => i.level === 'blocker');

/** The round trip's items: unlooked differences and kept blocks from elsewhere block; blocks the site will filter warn. */
function pullItems(pull: ChecklistPull): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const n = pull.unlookedDifferences.length;
  if (n > 0) {
    items.push({
      id: 'pull-differences',
      level: 'blocker',
      message: `Presswork would change ${plural(n, 'block', 'blocks')} you did not edit: ${listed(pull.unlookedDifferences)}. Look at the differences before publishing.`,
    });
  }
  if (pull.unpulled.length > 0) {
    const one = pull.unpulled.length === 1;
    items.push({
      id: 'preserved-unpulled',
      level: 'blocker',
      message: `${one ? 'A block kept as on a site' : 'Blocks kept as on a site'} (${listed(pull.unpulled)}) ${one ? 'was' : 'were'} not pulled from this site for this story; Presswork writes a kept block only back to its own post. Remove ${one ? 'it' : 'them'} or rebuild the content in the editor.`,
    });
  }
  if (pull.filtered.length > 0) {
    items.push({
      id: 'preserved-filtered',
      level: 'warning',
      message: `The site will filter ${listed(pull.filtered)} (raw HTML, a frame or a script) for your account: ask an editor or administrator to publish it.`,
    });
  }
  return items;
}

function listed(labels: readonly string[]): string {
  return [...new Set(labels)].join(', ');
}

/** What of the byline, the SEO fields and the standfirst the site's readers will not see, and why. */
function metadataItems(site: ChecklistSite, standfirst: string): { id: string; message: string }[] {
  const items: { id: string; message: string }[] = [];
  const { metadata } = site;
  const names = site.byline.map((n) => n.trim()).filter((n) => n !== '');
  // A byline field takes the whole byline; without one, only a name that is a user of the site reaches it, as the author.
  if (names.length > 0 && metadata.bylineField === null) {
    if (site.author === null) {
      const who = names.length === 1 ? `The byline “${names[0]}” is not a user of the site` : `No name of the byline (${quoted(names)}) is a user of the site`;
      items.push({ id: 'byline', message: `${who}, and the site has no byline field: it will show the account’s name (${site.accountName}) as the author.` });
    } else if (names.length > 1) {
      const others = names.filter((n) => n !== site.author);
      items.push({ id: 'byline', message: `Only “${site.author}” will show as the author: WordPress gives a post one author and the site has no byline field, so ${quoted(others)} will not show.` });
    }
  }
  const seoFields = [site.seoTitle.trim() !== '' && 'SEO title', site.metaDescription.trim() !== '' && 'meta description'].filter((f): f is string => f !== false);
  if (seoFields.length > 0 && !metadata.seo?.writable) {
    const what = seoFields.length === 2 ? 'The SEO title and meta description will not reach the site' : `The ${seoFields[0]} will not reach the site`;
    items.push({
      id: 'seo',
      message: metadata.seo
        ? `${what}: ${SEO_PLUGIN_NAMES[metadata.seo.plugin]} runs there, but its fields are not open to the REST API (the site’s administrator can register them with show_in_rest).`
        : `${what}: it runs no SEO plugin Presswork can write to (Yoast SEO or Rank Math).`,
    });
  }
  const theme = metadata.theme;
  if (standfirst.trim() !== '' && theme && theme.excerptOnStory === false) {
    const where = theme.excerptInLists ? 'shows in lists of stories but not on the story’s own page' : 'shows neither on the story’s page nor in lists of stories';
    items.push({ id: 'excerpt', message: `The standfirst goes to the post’s excerpt, which the site’s theme (${theme.name}) ${where}.` });
  }
  return items;
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** Every link target in the body JSON, whatever the node nesting. */
function linkUrls(body: BodyState): string[] {
  const urls: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; url?: unknown; children?: unknown };
    if ((n.type === 'link' || n.type === 'autolink') && typeof n.url === 'string') urls.push(n.url);
    if (Array.isArray(n.children)) n.children.forEach(visit);
  };
  body.root.children.forEach(visit);
  return urls;
}
