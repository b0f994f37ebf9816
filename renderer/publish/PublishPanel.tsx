import { useEffect, useState } from 'react';
import type { Checklist, RemoteStatus } from '../../shared/contract/operations/publish';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { useSites } from '../sites/use-sites';
import { PreviewFrame } from './PreviewFrame';
import { PublishChecklist } from './PublishChecklist';
import { PublishConflict } from './PublishConflict';
import { PublishedRemote } from './PublishedRemote';
import { PublishLog } from './PublishLog';
import { PublishOptions } from './PublishOptions';
import { PublishProgress } from './PublishProgress';
import { useConflict, usePublishAction, usePublishState } from './use-publish';
import './publish.css';
import { ErrorAlert } from '../app/ErrorAlert';

export interface PublishPanelProps {
  storyId: string;
  /** Saves the open story first, so what is published is what is on screen. */
  flush: () => Promise<void>;
  /** The core rewrote the story (the site's version kept): the open editor must show it, not save over it. */
  onStoryReplaced: () => void;
}

/** The Publish button and everything around it: checklist, progress, conflicts, take-down and the log. */
export function PublishPanel({ storyId, flush, onStoryReplaced }: PublishPanelProps) {
  const sitesQuery = useSites();
  const sites = sitesQuery.data ?? [];
  const stateQuery = usePublishState(storyId);
  const state = stateQuery.data ?? null;
  const action = usePublishAction(storyId);
  const [chosenSite, setChosenSite] = useState('');
  const [status, setStatus] = useState<RemoteStatus>('publish');
  const [when, setWhen] = useState('');
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const siteId = chosenSite || sites[0]?.id || '';
  const job = state?.jobs.find((j) => j.siteId === siteId) ?? null;
  const remote = state?.remotes.find((r) => r.siteId === siteId) ?? null;
  const { conflict, error: conflictError } = useConflict(job, !stateQuery.isFetching);

  const loadFailure = sitesQuery.error ?? stateQuery.error ?? conflictError;
  useEffect(() => {
    if (loadFailure) setError(errorMessage(loadFailure));
  }, [loadFailure]);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await action.mutateAsync(fn);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const publish = (overrideWarnings: boolean) =>
    run(async () => {
      await flush();
      const list = await call('checkPublish', { storyId, siteId });
      setChecklist(list);
      const blocked = list.items.some((i) => i.level === 'blocker');
      if (blocked || (list.items.length > 0 && !overrideWarnings)) return;
      const scheduledAt = status === 'future' ? new Date(when).getTime() : undefined;
      if (status === 'future' && (!when || Number.isNaN(scheduledAt))) throw new Error('Choose when the story goes live.');
      await call('publishStory', { storyId, siteId, status, scheduledAt, overrideWarnings });
      setChecklist(null);
    });

  const errorAlert = <ErrorAlert message={error} />;

  if (sites.length === 0) {
    return (
      <section className="aside-panel publish-panel" aria-label="Publishing">
        <h2>Publish</h2>
        <p className="muted">Connect a WordPress site under Sites to publish this story.</p>
        {errorAlert}
      </section>
    );
  }

  const busy = action.isPending;
  return (
    <section className="aside-panel publish-panel" aria-label="Publishing">
      <h2>Publish</h2>
      <PublishOptions sites={sites} siteId={siteId} onSite={setChosenSite} status={status} onStatus={setStatus} when={when} onWhen={setWhen} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !siteId} onClick={() => void publish(false)}>
          Publish
        </button>
        <button type="button" onClick={() => void flush().then(() => setPreviewing(true))}>
          Preview
        </button>
      </div>
      {previewing && <PreviewFrame storyId={storyId} onClose={() => setPreviewing(false)} />}
      {checklist && <PublishChecklist checklist={checklist} busy={busy} onPublishAnyway={() => void publish(true)} />}
      {job && job.state !== 'done' && job.state !== 'cancelled' && <PublishProgress job={job} onRetry={() => void run(() => call('retryJob', { jobId: job.id }))} />}
      {conflict && job && (
        <PublishConflict
          conflict={conflict}
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
      {remote && (
        <PublishedRemote
          remote={remote}
          busy={busy}
          onUnpublish={() => void run(() => call('unpublishStory', { storyId, siteId }))}
          onTrash={() => void run(() => call('trashStory', { storyId, siteId }))}
        />
      )}
      {errorAlert}
      {state && <PublishLog log={state.log} />}
    </section>
  );
}
