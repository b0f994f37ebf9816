import { useState } from 'react';
import { call } from '../bridge/api';
import { PreviewFrame } from './PreviewFrame';
import { PublishChecklist } from './PublishChecklist';
import { PublishConflict } from './PublishConflict';
import { PublishedRemote } from './PublishedRemote';
import { PublishLog } from './PublishLog';
import { PublishOptions } from './PublishOptions';
import { PublishProgress } from './PublishProgress';
import { PublishButton, usePublishFlowContext } from './publish-flow';
import './publish.css';
import { ErrorAlert } from '../app/ErrorAlert';

export interface PublishPanelProps {
  /** The core rewrote the story (the site's version kept): the open editor must show it, not save over it. */
  onStoryReplaced: () => void;
}

/**
 * The Publish button and everything around it: checklist, progress, conflicts, take-down and the log;
 * inside a PublishFlowProvider, whose one flow it shows (a Publish offered elsewhere shows here too).
 */
export function PublishPanel({ onStoryReplaced }: PublishPanelProps) {
  const [previewing, setPreviewing] = useState(false);
  // The job whose conflict view the user closed (to edit the story by hand); the panel offers it again.
  const [setAside, setSetAside] = useState<string | null>(null);
  const flow = usePublishFlowContext();
  if (!flow) return null;
  const { storyId, flush, sites, siteId, state, job, remote, conflict, checklist, busy, run } = flow;
  const errorAlert = <ErrorAlert message={flow.error} />;
  const previewButton = (
    <button type="button" onClick={() => void flush().then(() => setPreviewing(true))}>
      Preview
    </button>
  );
  const preview = previewing && <PreviewFrame storyId={storyId} onClose={() => setPreviewing(false)} />;

  if (sites.length === 0) {
    return (
      <section className="aside-panel publish-panel" aria-label="Publishing" ref={flow.panelRef}>
        <h2>Publish</h2>
        <p className="muted">Connect a WordPress site under Sites to publish this story.</p>
        <div className="actions">{previewButton}</div>
        {preview}
        {errorAlert}
      </section>
    );
  }

  return (
    <section className="aside-panel publish-panel" aria-label="Publishing" ref={flow.panelRef}>
      <h2>Publish</h2>
      <PublishOptions sites={sites} siteId={siteId} onSite={flow.setSite} status={flow.status} onStatus={flow.setStatus} scheduledAt={flow.scheduledAt} />
      <div className="actions">
        <PublishButton flow={flow} />
        {previewButton}
      </div>
      {preview}
      {checklist && <PublishChecklist checklist={checklist} busy={busy} onPublishAnyway={() => void flow.publish(true)} storyId={flow.storyId} siteId={siteId} onRecheck={() => void flow.recheck()} />}
      {job && job.state !== 'done' && job.state !== 'cancelled' && <PublishProgress job={job} onRetry={() => void run(() => call('retryJob', { jobId: job.id }))} />}
      {conflict && job && setAside === job.id && (
        <p className="publish-conflict-note">
          <strong>Changed on the site</strong> since the last sync.{' '}
          <button type="button" onClick={() => setSetAside(null)}>
            Compare versions
          </button>
        </p>
      )}
      {conflict && job && setAside !== job.id && (
        <PublishConflict
          conflict={conflict}
          onClose={() => setSetAside(job.id)}
          onKeepTheirs={() =>
            void run(async () => {
              // Our pending words are saved first, so they stay in the history behind the site's version.
              await flush();
              await call('resolveConflict', { jobId: job.id, keep: 'theirs' });
              onStoryReplaced();
            })
          }
          onKeepOurs={() => void run(async () => (await flush(), call('resolveConflict', { jobId: job.id, keep: 'ours' })))}
        />
      )}
      {remote && <PublishedRemote remote={remote} busy={busy} onUnpublish={() => void flow.unpublish()} onTrash={() => void flow.trash()} />}
      {errorAlert}
      {state && <PublishLog log={state.log} />}
    </section>
  );
}
