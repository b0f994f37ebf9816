import { z } from 'zod';
import { operation } from '../operation';

export const SiteId = z.string().uuid();

export const SiteUser = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  capabilities: z.array(z.string()),
});
export type SiteUser = z.infer<typeof SiteUser>;

/** The SEO plugins whose fields Presswork knows how to write. */
export const SEO_PLUGINS = ['yoast', 'rank-math'] as const;
export const SeoPlugin = z.enum(SEO_PLUGINS);
export type SeoPlugin = z.infer<typeof SeoPlugin>;
export const SEO_PLUGIN_NAMES: Record<SeoPlugin, string> = { yoast: 'Yoast SEO', 'rank-math': 'Rank Math' };

/**
 * What a site does with a story's metadata, as Presswork found it when it connected (and at each
 * sync): where the SEO title and description and the byline can go, the site's language, and
 * whether its theme shows the excerpt (the standfirst). Null values mean "could not tell".
 */
export const SiteMetadata = z.object({
  /** The SEO plugin the site runs, and whether its fields take writes through the REST API. */
  seo: z.object({ plugin: SeoPlugin, writable: z.boolean() }).nullable(),
  /** A post meta key a plugin registered for the byline (e.g. `byline`), open to the REST API. */
  bylineField: z.string().max(200).nullable(),
  /** The site's language as a BCP 47 tag (`de-DE`). */
  language: z.string().max(35).nullable(),
  /** The active theme's name, and whether it shows the excerpt on a story's page and in lists of stories. */
  theme: z
    .object({ name: z.string().max(200), excerptOnStory: z.boolean().nullable(), excerptInLists: z.boolean().nullable() })
    .nullable(),
});
export type SiteMetadata = z.infer<typeof SiteMetadata>;

export const SiteProfile = z.object({
  id: SiteId,
  name: z.string(),
  url: z.string(),
  username: z.string(),
  apiRoot: z.string(),
  wpVersion: z.string().nullable(),
  user: SiteUser,
  connectedAt: z.number().int(),
  hasPassword: z.boolean(),
  lastSyncAt: z.number().int().nullable(),
  /** Null for a profile connected before Presswork looked (it looks again at the next sync or publish). */
  metadata: SiteMetadata.nullable(),
});
export type SiteProfile = z.infer<typeof SiteProfile>;

export const SecretStorage = z.object({
  backend: z.string(),
  /** False for Electron's `basic_text` backend (no OS keyring): the UI warns and asks before storing. */
  protected: z.boolean(),
});

export const ConnectSiteInput = z
  .object({
    /** Absent for a new profile. */
    id: SiteId.optional(),
    name: z.string().trim().min(1, 'Give the site a name, for example Staging or Production.').max(80, 'A site name is at most 80 characters.'),
    url: z.string().trim().min(1, 'Enter the site’s address.').max(2_000, 'That address is too long.'),
    username: z.string().trim().min(1, 'Enter your WordPress username.').max(200, 'That username is too long.'),
    /** Absent to keep the stored one (reconnecting an existing profile). */
    password: z.string().max(200, 'An application password is 24 letters and digits.').optional(),
    /** The user's explicit yes to storing the password where the OS cannot protect it. */
    allowUnprotectedStorage: z.boolean().default(false),
  })
  .strict();

/** The site answers at another address now (https, or with or without www.): nothing was stored, the user confirms the new one. */
export const SiteMoved = z.object({ movedTo: z.string().url() }).strict();
export type SiteMoved = z.infer<typeof SiteMoved>;

/** Sign-in through WordPress's authorize-application page instead of a pasted password. */
export const BeginSiteAuthorizationInput = z
  .object({
    id: SiteId.optional(),
    name: ConnectSiteInput.shape.name,
    url: ConnectSiteInput.shape.url,
    allowUnprotectedStorage: z.boolean().default(false),
  })
  .strict();

export const SiteAuthorizationStarted = z.object({
  /** Opened in the user's browser; WordPress sends the password back to presswork://authorize. */
  authorizeUrl: z.string().url(),
  expiresAt: z.number().int(),
});

/** How a sign-in begun in the browser ended, pushed when WordPress's link comes back. */
export const SiteAuthorizationOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('connected'), site: SiteProfile }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const SyncSummary = z.object({
  sections: z.number().int(),
  tags: z.number().int(),
  authors: z.number().int(),
  postsCreated: z.number().int(),
  postsUpdated: z.number().int(),
  postsSkipped: z.number().int(),
  /** Site images brought into the media library, and those that could not be (they stay on the site). */
  mediaImported: z.number().int(),
  mediaFailed: z.number().int(),
  /** Posts that could not be read and were left out (the rest of the sync went on); the first few, with why. */
  postsFailed: z.number().int(),
  failures: z.array(z.object({ postId: z.number().int(), title: z.string().max(300), reason: z.string().max(500) })).max(20),
});
export type SyncSummary = z.infer<typeof SyncSummary>;

export const siteOperations = {
  listSites: operation(z.object({}).strict(), z.array(SiteProfile)),
  getSecretStorage: operation(z.object({}).strict(), SecretStorage),
  connectSite: operation(ConnectSiteInput, z.union([SiteProfile, SiteMoved])),
  beginSiteAuthorization: operation(BeginSiteAuthorizationInput, SiteAuthorizationStarted),
  deleteSite: operation(z.object({ id: SiteId }).strict(), z.object({ id: SiteId })),
  syncSite: operation(z.object({ id: SiteId }).strict(), SyncSummary),
} as const;
