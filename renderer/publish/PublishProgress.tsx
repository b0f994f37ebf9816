import type { PublishJob } from '../../shared/contract/operations/publish';

/** A job under way (or stopped): its step, how far it got, and Try again when it failed. */
export function PublishProgress({ job, onRetry }: { job: PublishJob; onRetry: () => void }) {
  return (
    <div className="publish-progress" role="status" aria-label="Publishing progress">
      <span>{job.state === 'waiting' ? 'Waiting for the site' : job.step}</span>
      <progress max={1} value={job.progress} aria-label="Progress" />
      {job.error && job.state !== 'conflict' && <p className="muted">{job.error}</p>}
      {job.state === 'failed' && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
