import type { PublishState } from '../../shared/contract/operations/publish';

export interface PublishedRemoteProps {
  remote: PublishState['remotes'][number];
  busy: boolean;
  onUnpublish: () => void;
  onTrash: () => void;
}

/** WordPress's own preview address for a post that is not public yet. */
function sitePreviewUrl(link: string, id: number): string {
  const url = new URL(link);
  url.searchParams.set('p', String(id));
  url.searchParams.set('preview', 'true');
  return url.toString();
}

/** Opens in the user's browser: the shell hands every new window to the system browser and never loads it in the app. */
function ExternalLink({ href }: { href: string }) {
  return (
    <a className="publish-link" href={href} target="_blank" rel="noopener noreferrer">
      {href}
    </a>
  );
}

/** The post as it is on the site, with take-down actions. */
export function PublishedRemote({ remote, busy, onUnpublish, onTrash }: PublishedRemoteProps) {
  if (!remote.remoteId) return null;
  return (
    <div className="publish-remote" aria-label="On the site">
      <p>
        On the site as <strong>{remote.remoteStatus}</strong>
        {remote.link && (
          <>
            : <ExternalLink href={remote.link} />
          </>
        )}
      </p>
      {remote.link && remote.remoteStatus !== 'publish' && remote.remoteStatus !== 'trash' && (
        <p className="muted">
          Open the preview on the site (signed in to WordPress): <ExternalLink href={sitePreviewUrl(remote.link, remote.remoteId)} />
        </p>
      )}
      {remote.remoteStatus !== 'trash' && (
        <div className="actions">
          {remote.remoteStatus !== 'draft' && (
            <button type="button" disabled={busy} onClick={onUnpublish}>
              Unpublish
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => window.confirm('Move the post to the trash on the site?') && onTrash()}>
            Move to trash
          </button>
        </div>
      )}
    </div>
  );
}
