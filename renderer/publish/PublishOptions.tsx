import type { RemoteStatus } from '../../shared/contract/operations/publish';
import type { SiteProfile } from '../../shared/contract/operations/sites';

const STATUS_LABELS: Record<RemoteStatus, string> = {
  publish: 'Publish now',
  future: 'Schedule',
  pending: 'Send for review (pending)',
  draft: 'Save as a draft on the site',
};

export interface PublishOptionsProps {
  sites: SiteProfile[];
  siteId: string;
  onSite: (id: string) => void;
  status: RemoteStatus;
  onStatus: (status: RemoteStatus) => void;
  /** The schedule, as the datetime-local field holds it. */
  when: string;
  onWhen: (when: string) => void;
}

/** Where the story goes, as what, and when. */
export function PublishOptions({ sites, siteId, onSite, status, onStatus, when, onWhen }: PublishOptionsProps) {
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
          {(Object.keys(STATUS_LABELS) as RemoteStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {status === 'future' && (
        <label className="field">
          <span>Goes live at</span>
          <input type="datetime-local" value={when} onChange={(e) => onWhen(e.target.value)} />
        </label>
      )}
    </>
  );
}
