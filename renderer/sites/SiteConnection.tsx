import { SEO_PLUGIN_NAMES, type SiteMetadata, type SiteProfile } from '../../shared/contract/operations/sites';
import { formatDateTime } from '../app/format';

export interface SiteConnectionProps {
  site: SiteProfile;
  syncing: boolean;
  disabled: boolean;
  /** The last Sync now's summary, if one ran since the site was opened. */
  synced: string | null;
  onSync: () => void;
}

/** Who we are on a connected site, what we may do there, and Sync now. */
export function SiteConnection({ site, syncing, disabled, synced, onSync }: SiteConnectionProps) {
  const { user } = site;
  return (
    <section className="site-connection" aria-label="Connection" role="status">
      <p>
        Connected to <strong>{site.url}</strong> as <strong>{user.name}</strong> ({user.username})
      </p>
      <dl>
        <dt>Roles</dt>
        <dd>{user.roles.join(', ') || 'none'}</dd>
        <dt>WordPress version</dt>
        <dd>{site.wpVersion ?? 'hidden by the site'}</dd>
        <dt>Can publish</dt>
        <dd>{user.capabilities.includes('publish_posts') ? 'yes' : 'no — ask for the Editor or Author role'}</dd>
        <dt>Can upload images</dt>
        <dd>{user.capabilities.includes('upload_files') ? 'yes' : 'no'}</dd>
        <MetadataStatus metadata={site.metadata} />
      </dl>
      <div className="actions">
        <button type="button" disabled={disabled} onClick={onSync}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <span className="muted">
          {site.lastSyncAt ? `Last synced ${formatDateTime(site.lastSyncAt)}` : 'Never synced: sections, tags, authors and posts come down with Sync now.'}
        </span>
      </div>
      {synced && <p>{synced}</p>}
      <details>
        <summary>All capabilities ({user.capabilities.length})</summary>
        <p className="capabilities">{user.capabilities.join(', ')}</p>
      </details>
    </section>
  );
}

/** Where the story's metadata goes on this site, as Presswork found it at Connect (and at each sync). */
function MetadataStatus({ metadata }: { metadata: SiteMetadata | null }) {
  if (metadata === null) {
    return (
      <>
        <dt>SEO, byline, excerpt</dt>
        <dd>not checked yet: Sync now checks them</dd>
      </>
    );
  }
  const { seo, bylineField, theme, language } = metadata;
  return (
    <>
      <dt>SEO title and description</dt>
      <dd>
        {seo === null
          ? 'no SEO plugin found (Yoast SEO or Rank Math): not sent'
          : seo.writable
            ? `sent to ${SEO_PLUGIN_NAMES[seo.plugin]}`
            : `${SEO_PLUGIN_NAMES[seo.plugin]} runs, but its fields are not open to the REST API: not sent`}
      </dd>
      <dt>Byline</dt>
      <dd>{bylineField ? `sent to the site’s byline field (${bylineField})` : 'as the post’s author where the name is a user of the site (no byline field)'}</dd>
      <dt>Standfirst</dt>
      <dd>{standfirstStatus(theme)}</dd>
      <dt>Language</dt>
      <dd>{language ?? 'not given by the site'}</dd>
    </>
  );
}

function standfirstStatus(theme: SiteMetadata['theme']): string {
  if (theme === null) return 'sent as the excerpt';
  if (theme.excerptOnStory === null) return `sent as the excerpt; Presswork cannot tell where the theme (${theme.name}) shows it`;
  if (theme.excerptOnStory) return `sent as the excerpt, shown on the story’s page by the theme (${theme.name})`;
  return `sent as the excerpt; the theme (${theme.name}) shows it ${theme.excerptInLists ? 'in lists of stories, not on the story’s page' : 'neither on the story’s page nor in lists'}`;
}
