import type { Conflict } from '../../shared/contract/operations/publish';
import { ConflictDiff } from './ConflictDiff';

export interface PublishConflictProps {
  conflict: Conflict;
  onKeepTheirs: () => void;
  onKeepOurs: () => void;
}

/** The post changed on the site since the last sync: compare, then keep one version. */
export function PublishConflict({ conflict, onKeepTheirs, onKeepOurs }: PublishConflictProps) {
  return (
    <div className="publish-conflict" role="alert" aria-label="Conflict">
      <p>
        <strong>Changed on the site</strong> since the last sync. Nothing was overwritten. Compare, then keep one version — or edit the story
        to merge by hand and keep ours.
      </p>
      <ConflictDiff label="Headline" ours={conflict.ours.title} theirs={conflict.theirs.title} />
      <ConflictDiff label="Standfirst" ours={conflict.ours.excerpt} theirs={conflict.theirs.excerpt} />
      <ConflictDiff label="Text" ours={conflict.ours.content} theirs={conflict.theirs.content} />
      <div className="actions">
        <button type="button" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" onClick={onKeepOurs}>
          Keep ours
        </button>
      </div>
    </div>
  );
}
