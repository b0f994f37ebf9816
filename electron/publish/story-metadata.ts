import type { SiteMetadata } from '../../shared/contract/operations/sites';
import type { Story } from '../../shared/story/story-schema';
import type { SiteRecord } from '../sites/site-store';
import { SEO_META_KEYS } from '../wordpress/site-metadata';
import type { SiteTerms } from '../wordpress/site-terms';
import type { WordPressClient } from '../wordpress/wordpress-client';

/**
 * The byline's first name that is a user of the site, as the post's WordPress author. Another
 * user's post needs edit_others_posts: without it WordPress refuses the whole post, so such a
 * name is no author for this account.
 */
export async function bylineAuthor(terms: SiteTerms, client: WordPressClient, site: SiteRecord, byline: readonly string[]): Promise<{ id: number; name: string } | null> {
  for (const raw of byline) {
    const name = raw.trim();
    if (name === '') continue;
    const id = await terms.findAuthor(client, site.id, name);
    if (id !== null && (id === site.user.id || site.user.capabilities.includes('edit_others_posts'))) return { id, name };
  }
  return null;
}

/**
 * The post meta that carries the story's metadata on this site: the SEO title and description
 * under the keys of the SEO plugin it runs (where they are open to the REST API), the byline in a
 * byline field. Empty fields are not sent, so a value set on the site is not wiped by a story
 * that never had one.
 */
export function metadataMeta(metadata: SiteMetadata, story: Story): Record<string, string> {
  const meta: Record<string, string> = {};
  if (metadata.seo?.writable) {
    const keys = SEO_META_KEYS[metadata.seo.plugin];
    if (story.fields.seoTitle.trim() !== '') meta[keys.title] = story.fields.seoTitle.trim();
    if (story.fields.metaDescription.trim() !== '') meta[keys.description] = story.fields.metaDescription.trim();
  }
  const names = story.fields.byline.map((n) => n.trim()).filter((n) => n !== '');
  if (metadata.bylineField !== null && names.length > 0) meta[metadata.bylineField] = bylineText(names, metadata.language);
  return meta;
}

/** "A", "A and B", "A, B and C" in the site's language ("A und B" on a German site). */
export function bylineText(names: readonly string[], language: string | null): string {
  try {
    return new Intl.ListFormat(language ?? 'en', { type: 'conjunction' }).format(names);
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
  }
}
