import type { RemoteStatus } from '../../shared/contract/operations/publish';
import type { SiteProfile } from '../../shared/contract/operations/sites';
import { formatDateTime } from '../app/format';

/** How the story goes to the site: actions, in the words of the story's statuses (see status-vocabulary). */
const AS_LABELS: Record<RemoteStatus, string> = {
  publish: 'Publish now',
  future: 'Schedule',
  pending: 'Send for review',
  draft: 'Save as a draft on the site',
};

export interface PublishOptionsProps {
  sites: SiteProfile[];
  siteId: string;
  onSite: (id: string) => void;
  status: RemoteStatus;
  onStatus: (status: RemoteStatus) => void;
  /** The story's own Scheduled time: a Schedule goes out then, and there is no second time to set here. */
  scheduledAt: number | null;
}

/** Where the story goes, as what, and when. */
export function PublishOptions({ sites, siteId, onSite, status, onStatus, scheduledAt }: PublishOptionsProps) {
  return (
    <>
      <label className="field">
        <span>Site</span>
        <select value={siteId} onChange={(e) => onSite(e.target.value)}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>As</span>
        <select value={status} onChange={(e) => onStatus(e.target.value as RemoteStatus)}>
          {(Object.keys(AS_LABELS) as RemoteStatus[]).map((s) => (
            <option key={s} value={s}>
              {AS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {status === 'future' && (
        <p className="muted">
          {scheduledAt === null
            ? 'Set the story’s Scheduled time (in its details) to schedule it.'
            : scheduledAt <= Date.now()
              ? `The story’s Scheduled time (${formatDateTime(scheduledAt)}) has passed; set a later one in its details.`
              : `Goes live at ${formatDateTime(scheduledAt)}, the story’s Scheduled time.`}
        </p>
      )}
    </>
  );
}
