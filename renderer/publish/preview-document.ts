import { previewFramePolicy } from '../../shared/publish/preview-policy';

/** What the site's single-post page shows of a story, its body already sanitized. */
export interface PreviewPost {
  title: string;
  standfirst: string;
  /** The body's HTML, sanitized (see preview-html). */
  html: string;
  /** The section shown above the headline, as on the site; null when the story is in none. */
  section: string | null;
  byline: string[];
  /** The date the site prints, already written out ("February 15, 2024"). */
  date: string;
  tags: string[];
  featured: { url: string; alt: string; caption: string; credit: string } | null;
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (t: string) => escapeText(t).replace(/"/g, '&quot;');

function featuredFigure(featured: NonNullable<PreviewPost['featured']>): string {
  const caption = featured.caption.trim();
  const credit = featured.credit.trim();
  const creditHtml = credit ? `${caption ? ' ' : ''}<em class="credit">${escapeText(credit)}</em>` : '';
  const figcaption = caption || credit ? `<figcaption>${escapeText(caption)}${creditHtml}</figcaption>` : '';
  return `<figure class="post-featured"><img src="${escapeAttribute(featured.url)}" alt="${escapeAttribute(featured.alt)}">${figcaption}</figure>`;
}

/**
 * The preview's whole document, laid out as a news site's single post: section, headline, byline
 * and date, featured image, standfirst in bold, the body, then its tags. Styled by the app's own
 * stylesheet at `stylesheet` (an absolute URL on `appOrigin`).
 */
export function previewDocument(post: PreviewPost, { appOrigin, stylesheet }: { appOrigin: string; stylesheet: string }): string {
  const byline = post.byline.length > 0 ? `by <span class="post-author">${escapeText(post.byline.join(', '))}</span> · ` : '';
  const tags = post.tags.length > 0 ? `<ul class="post-tags" aria-label="Tags">${post.tags.map((t) => `<li>${escapeText(t)}</li>`).join('')}</ul>` : '';
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewFramePolicy(appOrigin))}">` +
    `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">` +
    `<title>${escapeText(post.title)}</title></head><body><article class="site-post">` +
    (post.section ? `<p class="post-section">${escapeText(post.section)}</p>` : '') +
    `<h1 class="post-title">${escapeText(post.title)}</h1>` +
    `<p class="post-meta">${byline}<time>${escapeText(post.date)}</time></p>` +
    (post.featured ? featuredFigure(post.featured) : '') +
    (post.standfirst.trim() ? `<p class="post-standfirst">${escapeText(post.standfirst.trim())}</p>` : '') +
    `<div class="post-content">${post.html}</div>${tags}</article></body></html>`
  );
}
