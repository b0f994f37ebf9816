/** The site an external image is shown from, for its card to say so. */
export function imageHost(src: string): string {
  try {
    return new URL(src).hostname;
  } catch {
    return 'another site';
  }
}
