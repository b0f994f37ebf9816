import type { Conflict } from '../../shared/contract/operations/publish';
import { MainOverlay } from '../app/MainOverlay';
import { ConflictDiff } from './ConflictDiff';

export interface PublishConflictProps {
  conflict: Conflict;
  onKeepTheirs: () => void;
  onKeepOurs: () => void;
  /** Back to the story to merge by hand; the publishing panel offers the comparison again. */
  onClose: () => void;
}

/** The post changed on the site since the last sync: both versions side by side over the story, then keep one. */
export function PublishConflict({ conflict, onKeepTheirs, onKeepOurs, onClose }: PublishConflictProps) {
  return (
    <MainOverlay label="Changed on the site" closeLabel="Close the comparison with the site" onClose={onClose} className="conflict-view">
      <div className="publish-conflict" role="alert" aria-label="Conflict">
        <p>
          <strong>Changed on the site</strong> since the last sync. Nothing was overwritten. Compare, then keep one version — or close this, edit
          the story to merge by hand and keep ours.
        </p>
        <div className="actions">
          <button type="button" onClick={onKeepTheirs}>
            Keep theirs
          </button>
          <button type="button" onClick={onKeepOurs}>
            Keep ours
          </button>
        </div>
        <ConflictDiff label="Headline" ours={conflict.ours.title} theirs={conflict.theirs.title} />
        <ConflictDiff label="Standfirst" ours={conflict.ours.excerpt} theirs={conflict.theirs.excerpt} />
        <ConflictDiff label="Text" ours={conflict.ours.content} theirs={conflict.theirs.content} />
      </div>
    </MainOverlay>
  );
}
