export const SLUG_MAX = 200;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'A slug uses only lowercase letters a–z, digits and single hyphens between them (for example us-election-results).';

/** The slug WordPress would make from a headline: accents folded, everything else a single hyphen. */
export function slugify(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

/** Null when the slug is valid (an empty slug means "derive it when publishing"), else the readable rule. */
export function slugProblem(slug: string): string | null {
  if (slug === '') return null;
  if (slug.length > SLUG_MAX) return `A slug is at most ${SLUG_MAX} characters.`;
  return SLUG_PATTERN.test(slug) ? null : SLUG_RULE;
}
