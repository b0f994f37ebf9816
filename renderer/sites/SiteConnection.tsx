import type { SiteProfile } from '../../shared/contract/operations/sites';
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
