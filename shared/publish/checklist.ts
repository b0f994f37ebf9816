import type { ChecklistItem } from '../contract/operations/publish';
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
  /** Editorial notes on the story not yet resolved: questions still open on the text. */
  openNotes: number;
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

  for (const url of linkUrls(input.body)) {
    const check = checkLinkUrl(url);
    if (!check.ok) blocker('link', `The link “${url.slice(0, 80)}” cannot be published: ${check.reason}`);
  }
  return items;
}

export const hasBlockers = (items: readonly ChecklistItem[]) => items.some((i) => i.level === 'blocker');

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
