/**
 * Which markup a site's WordPress writes, from the version discovered at connect (`site.wpVersion`).
 * A site that hides its version gets WordPress 6.1's markup, the oldest Presswork writes for.
 */
export function wordpressAtLeast(wpVersion: string | null | undefined, major: number, minor: number): boolean {
  const m = wpVersion ? /^(\d+)\.(\d+)/.exec(wpVersion) : null;
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}

/** WordPress 6.2 (Gutenberg 14.9, PR #42122) saves headings with the `wp-block-heading` class. */
export function headingHasBlockClass(wpVersion: string | null | undefined): boolean {
  return wordpressAtLeast(wpVersion, 6, 2);
}

/** WordPress 6.6 (Gutenberg PR #56469, kept out of 6.5) saves lists with the `wp-block-list` class. */
export function listHasBlockClass(wpVersion: string | null | undefined): boolean {
  return wordpressAtLeast(wpVersion, 6, 6);
}
