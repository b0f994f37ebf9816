import type { Checklist } from '../../shared/contract/operations/publish';
import { PullDifferencesView } from './PullDifferencesView';

export interface PublishChecklistProps {
  checklist: Checklist;
  busy: boolean;
  onPublishAnyway: () => void;
  /** The story and site checked: the differences blocker shows them and takes "I have looked". */
  storyId: string;
  siteId: string;
  /** After "I have looked": the checklist is asked again. */
  onRecheck: () => void;
}

/** What stopped a publish: blockers to fix, warnings to check (and publish anyway when only those remain). */
export function PublishChecklist({ checklist, busy, onPublishAnyway, storyId, siteId, onRecheck }: PublishChecklistProps) {
  const blockers = checklist.items.filter((i) => i.level === 'blocker');
  const warnings = checklist.items.filter((i) => i.level === 'warning');
  if (blockers.length === 0 && warnings.length === 0) return null;
  return (
    <div className="publish-checklist" aria-label="Pre-publish checklist">
      {blockers.length > 0 && (
        <div role="alert">
          <strong>Fix before publishing:</strong>
          <ul>
            {blockers.map((i, n) => (
              <li key={n}>
                {i.message}
                {i.id === 'pull-differences' && <PullDifferencesView storyId={storyId} siteId={siteId} onLooked={onRecheck} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="publish-warnings">
          <strong>Check:</strong>
          <ul>
            {warnings.map((i, n) => (
              <li key={n}>{i.message}</li>
            ))}
          </ul>
          {blockers.length === 0 && (
            <button type="button" disabled={busy} onClick={onPublishAnyway}>
              Publish anyway
            </button>
          )}
        </div>
      )}
    </div>
  );
}
