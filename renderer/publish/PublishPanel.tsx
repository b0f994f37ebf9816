import { diffWords } from 'diff';
import { useCallback, useEffect, useState } from 'react';
import type { Checklist, Conflict, PublishState, RemoteStatus } from '../../shared/contract/operations/publish';
import type { SiteProfile } from '../../shared/contract/operations/sites';
import { api, call } from '../bridge/api';
import { PreviewFrame } from './PreviewFrame';
import './publish.css';

export interface PublishPanelProps {
  storyId: string;
  /** Saves the open story first, so what is published is what is on screen. */
  flush: () => Promise<void>;
  /** The core rewrote the story (the site's version kept): the open editor must show it, not save over it. */
  onStoryReplaced: () => void;
}

const STATUS_LABELS: Record<RemoteStatus, string> = {
  publish: 'Publish now',
  future: 'Schedule',
  pending: 'Send for review (pending)',
  draft: 'Save as a draft on the site',
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The Publish button and everything around it: checklist, progress, conflicts, take-down and the log. */
export function PublishPanel({ storyId, flush, onStoryReplaced }: PublishPanelProps) {
  const [sites, setSites] = useState<SiteProfile[]>([]);
  const [siteId, setSiteId] = useState('');
  const [status, setStatus] = useState<RemoteStatus>('publish');
  const [when, setWhen] = useState('');
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [state, setState] = useState<PublishState | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewing, setPreviewing] = useState(false);

  const refresh = useCallback(async () => setState(await call('getPublishState', { storyId })), [storyId]);

  useEffect(() => {
    call('listSites', {})
      .then((list) => {
        setSites(list);
        setSiteId((current) => current || list[0]?.id || '');
      })
      .catch((e) => setError(messageOf(e)));
    refresh().catch((e) => setError(messageOf(e)));
  }, [refresh]);

  useEffect(
    () =>
      api.onEvent('publishProgress', (job) => {
        if (job.storyId !== storyId) return;
        setState((s) => (s ? { ...s, jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)] } : s));
        if (job.state === 'done' || job.state === 'conflict' || job.state === 'failed') void refresh();
      }),
    [storyId, refresh],
  );

  const job = state?.jobs.find((j) => j.siteId === siteId) ?? null;
  const remote = state?.remotes.find((r) => r.siteId === siteId) ?? null;

  useEffect(() => {
    if (job?.state === 'conflict') call('getConflict', { jobId: job.id }).then(setConflict, (e) => setError(messageOf(e)));
    else setConflict(null);
  }, [job?.id, job?.state]);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
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

  if (sites.length === 0) {
    return (
      <section className="aside-panel publish-panel" aria-label="Publishing">
        <h2>Publish</h2>
        <p className="muted">Connect a WordPress site under Sites to publish this story.</p>
        {error && <div role="alert" className="field-error">{error}</div>}
      </section>
    );
  }

  const blockers = checklist?.items.filter((i) => i.level === 'blocker') ?? [];
  const warnings = checklist?.items.filter((i) => i.level === 'warning') ?? [];

  return (
    <section className="aside-panel publish-panel" aria-label="Publishing">
      <h2>Publish</h2>
      <label className="field">
        <span>Site</span>
        <select value={siteId} onChange={(e) => setSiteId(e.target.value)}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>As</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as RemoteStatus)}>
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
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !siteId} onClick={() => void publish(false)}>
          Publish
        </button>
        <button type="button" onClick={() => void flush().then(() => setPreviewing(true))}>
          Preview
        </button>
      </div>
      {previewing && <PreviewFrame storyId={storyId} onClose={() => setPreviewing(false)} />}

      {checklist && (blockers.length > 0 || warnings.length > 0) && (
        <div className="publish-checklist" aria-label="Pre-publish checklist">
          {blockers.length > 0 && (
            <div role="alert">
              <strong>Fix before publishing:</strong>
              <ul>
                {blockers.map((i, n) => (
                  <li key={n}>{i.message}</li>
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
                <button type="button" disabled={busy} onClick={() => void publish(true)}>
                  Publish anyway
                </button>
              )}
            </div>
          )}
        </div>
      )}

      {job && job.state !== 'done' && job.state !== 'cancelled' && (
        <div className="publish-progress" role="status" aria-label="Publishing progress">
          <span>{job.state === 'waiting' ? 'Waiting for the site' : job.step}</span>
          <progress max={1} value={job.progress} aria-label="Progress" />
          {job.error && job.state !== 'conflict' && <p className="muted">{job.error}</p>}
          {job.state === 'failed' && (
            <button type="button" onClick={() => void run(() => call('retryJob', { jobId: job.id }))}>
              Try again
            </button>
          )}
        </div>
      )}

      {conflict && job && (
        <div className="publish-conflict" role="alert" aria-label="Conflict">
          <p>
            <strong>Changed on the site</strong> since the last sync. Nothing was overwritten. Compare, then keep one version — or edit the
            story to merge by hand and keep ours.
          </p>
          <ConflictDiff label="Headline" ours={conflict.ours.title} theirs={conflict.theirs.title} />
          <ConflictDiff label="Standfirst" ours={conflict.ours.excerpt} theirs={conflict.theirs.excerpt} />
          <ConflictDiff label="Text" ours={conflict.ours.content} theirs={conflict.theirs.content} />
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  // Our pending words are saved first, so they stay in the history behind the site's version.
                  await flush();
                  await call('resolveConflict', { jobId: job.id, keep: 'theirs' });
                  onStoryReplaced();
                })
              }
            >
              Keep theirs
            </button>
            <button type="button" onClick={() => void run(async () => (await flush(), call('resolveConflict', { jobId: job.id, keep: 'ours' })))}>
              Keep ours
            </button>
          </div>
        </div>
      )}

      {remote?.remoteId && (
        <div className="publish-remote" aria-label="On the site">
          <p>
            On the site as <strong>{remote.remoteStatus}</strong>
            {remote.link && (
              <>
                : <ExternalLink href={remote.link} />
              </>
            )}
          </p>
          {remote.link && remote.remoteStatus !== 'publish' && remote.remoteStatus !== 'trash' && (
            <p className="muted">
              Open the preview on the site (signed in to WordPress): <ExternalLink href={sitePreviewUrl(remote.link, remote.remoteId)} />
            </p>
          )}
          {remote.remoteStatus !== 'trash' && (
            <div className="actions">
              {remote.remoteStatus !== 'draft' && (
                <button type="button" disabled={busy} onClick={() => void run(() => call('unpublishStory', { storyId, siteId }))}>
                  Unpublish
                </button>
              )}
              <button
                type="button"
                disabled={busy}
                onClick={() => window.confirm('Move the post to the trash on the site?') && void run(() => call('trashStory', { storyId, siteId }))}
              >
                Move to trash
              </button>
            </div>
          )}
        </div>
      )}

      {error && (
        <div role="alert" className="field-error">
          {error}
        </div>
      )}

      {state && state.log.length > 0 && (
        <details className="publish-log">
          <summary>Publishing log ({state.log.length})</summary>
          <ol aria-label="Publishing log">
            {state.log.map((l, n) => (
              <li key={n}>
                {new Date(l.at).toLocaleString()} · {l.who || 'unknown'} · {l.siteName} · version {l.storyVersion} · {l.result}
                {l.link ? ` · ${l.link}` : ''}
                {l.message ? ` — ${l.message}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
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

function ConflictDiff({ label, ours, theirs }: { label: string; ours: string; theirs: string }) {
  if (ours === theirs) return null;
  return (
    <div className="conflict-diff">
      <div className="conflict-label">{label}</div>
      <div className="conflict-columns">
        <div aria-label={`${label}: the site’s version`}>
          <em>Site</em>
          <p>
            {diffWords(ours, theirs).map((part, n) => (part.removed ? null : <span key={n} className={part.added ? 'diff-add' : undefined}>{part.value}</span>))}
          </p>
        </div>
        <div aria-label={`${label}: our version`}>
          <em>Ours</em>
          <p>
            {diffWords(theirs, ours).map((part, n) => (part.removed ? null : <span key={n} className={part.added ? 'diff-add' : undefined}>{part.value}</span>))}
          </p>
        </div>
      </div>
    </div>
  );
}
