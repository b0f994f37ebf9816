import { STATUS_LABELS, UNPUBLISHED_CHANGES } from '../../shared/story/status-vocabulary';
import type { StoryStatus } from '../../shared/story/story-schema';

/** Where a story stands, in the one vocabulary every view uses, with the Unpublished changes mark. */
export function StatusBadge({ status, unpublishedChanges }: { status: StoryStatus; unpublishedChanges: boolean }) {
  return (
    <>
      <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
      {unpublishedChanges && <UnpublishedMark />}
    </>
  );
}

export function UnpublishedMark() {
  return (
    <span className="unpublished-mark" title="Edited since it was last published; publish again to send the changes.">
      {' · '}
      {UNPUBLISHED_CHANGES}
    </span>
  );
}
