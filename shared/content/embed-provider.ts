/** Where an embed comes from. 'link' is any other web page, shown as a link card. */
export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'twitter', 'instagram', 'facebook', 'link'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

const HOSTS: ReadonlyArray<readonly [EmbedProvider, readonly string[]]> = [
  ['youtube', ['youtube.com', 'youtu.be', 'youtube-nocookie.com']],
  ['vimeo', ['vimeo.com']],
  ['twitter', ['twitter.com', 'x.com']],
  ['instagram', ['instagram.com', 'instagr.am']],
  ['facebook', ['facebook.com', 'fb.watch']],
];

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === 'string' && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/** The provider a URL belongs to, by host name (subdomains included); 'link' for anything else. */
export function detectEmbedProvider(url: string): EmbedProvider {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'link';
  }
  for (const [provider, domains] of HOSTS) {
    if (domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return provider;
  }
  return 'link';
}

/** Human name for a provider, for placeholder cards and messages. */
export function embedProviderLabel(provider: EmbedProvider): string {
  switch (provider) {
    case 'youtube':
      return 'YouTube';
    case 'vimeo':
      return 'Vimeo';
    case 'twitter':
      return 'X (Twitter)';
    case 'instagram':
      return 'Instagram';
    case 'facebook':
      return 'Facebook';
    case 'link':
      return 'Link';
  }
}
