import { useState } from 'react';
import type { PublishState } from '../../shared/contract/operations/publish';
import { siteStatusLabel } from '../../shared/story/status-vocabulary';
import { ConfirmBox } from '../app/ConfirmBox';
import { UnpublishedMark } from '../stories/StatusBadge';

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

/** The post as it is on the site, in the story's status words, with take-down actions that ask first. */
export function PublishedRemote({ remote, busy, onUnpublish, onTrash }: PublishedRemoteProps) {
  const [asking, setAsking] = useState<'unpublish' | 'trash' | null>(null);
  if (!remote.remoteId) return null;
  const status = remote.remoteStatus;
  return (
    <div className="publish-remote" aria-label="On the site">
      <p>
        <strong>{siteStatusLabel(status)}</strong> on {remote.siteName}
        {remote.unpublishedChanges && <UnpublishedMark />}
        {remote.link && (
          <>
            : <ExternalLink href={remote.link} />
          </>
        )}
      </p>
      {remote.link && status !== 'publish' && status !== 'trash' && (
        <p className="muted">
          Open the preview on the site (signed in to WordPress): <ExternalLink href={sitePreviewUrl(remote.link, remote.remoteId)} />
        </p>
      )}
      {status !== 'trash' && (
        <div className="actions">
          {status !== 'draft' && (
            <button type="button" disabled={busy} onClick={() => setAsking('unpublish')}>
              Unpublish
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => setAsking('trash')}>
            Move to trash
          </button>
        </div>
      )}
      {asking === 'unpublish' && (
        <ConfirmBox title="Unpublish?" confirm="Yes, unpublish" onConfirm={() => (setAsking(null), onUnpublish())} onCancel={() => setAsking(null)}>
          Take the story off {remote.siteName}? The post goes back to a draft there{status === 'future' ? ' and will not go live' : ', and readers no longer see it'}.
        </ConfirmBox>
      )}
      {asking === 'trash' && (
        <ConfirmBox title="Move to the trash?" confirm="Yes, move to the trash" onConfirm={() => (setAsking(null), onTrash())} onCancel={() => setAsking(null)}>
          Move the post to the trash on {remote.siteName}? Readers no longer see it; it can be restored from WordPress’s trash.
        </ConfirmBox>
      )}
    </div>
  );
}
