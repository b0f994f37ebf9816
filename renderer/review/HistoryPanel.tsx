import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { KIND_LABELS, type RevisionComparison, type RevisionSummary } from '../../shared/review/revision-schema';
import type { Story } from '../../shared/story/story-schema';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';
import { ComparisonView } from './ComparisonView';
import { ErrorAlert } from '../app/ErrorAlert';
import { formatDateTime, wordDelta } from '../app/format';


export interface HistoryPanelProps {
  storyId: string;
  /** Saves the open story first, so history and restore act on what is on screen. */
  flush: () => Promise<void>;
  onRestored: (story: Story) => void;
  /** Opens comparing these two revisions (the copy chief's "Changes since sent to copy"). */
  initialCompare?: { from: number; to: number; title: string } | null;
}

/** The story's revisions: who, when, how many words changed; any two compared; any one restored. */
export function HistoryPanel({ storyId, flush, onRestored, initialCompare }: HistoryPanelProps) {
  const client = useQueryClient();
  const revisionsQuery = useQuery({ queryKey: queryKeys.revisions(storyId), queryFn: () => call('listRevisions', { storyId }) });
  const revisions: RevisionSummary[] = revisionsQuery.data ?? [];
  const [picked, setPicked] = useState<number[]>([]);
  const [comparison, setComparison] = useState<{ title: string; value: RevisionComparison } | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const report = (e: unknown) => setError(errorMessage(e));
  // Every save makes a revision: the core's storySaved event marks this list stale (see use-core-event-invalidation).
  useEffect(() => {
    if (revisionsQuery.error) report(revisionsQuery.error);
  }, [revisionsQuery.error]);

  const compare = useCallback(async (from: number, to: number, title: string) => {
    try {
      setComparison({ title, value: await call('compareRevisions', { from, to }) });
      setError(null);
    } catch (e) {
      report(e);
    }
  }, []);

  useEffect(() => {
    if (initialCompare) void compare(initialCompare.from, initialCompare.to, initialCompare.title);
  }, [initialCompare, compare]);

  const toggle = (id: number, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));

  const checkpoint = async () => {
    try {
      await flush();
      await call('saveCheckpoint', { storyId, label });
      setLabel('');
      await client.invalidateQueries({ queryKey: queryKeys.revisions(storyId) });
    } catch (e) {
      report(e);
    }
  };

  const restore = async (revisionId: number) => {
    try {
      await flush();
      onRestored(await call('restoreRevision', { revisionId }));
    } catch (e) {
      report(e);
    }
  };

  const [a, b] = [...picked].sort((x, y) => x - y);
  return (
    <section className="aside-panel history-panel" aria-label="History">
      <h2>History</h2>
      <div className="checkpoint-row">
        <input aria-label="Checkpoint name" placeholder="Checkpoint name" value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="button" disabled={label.trim() === ''} onClick={() => void checkpoint()}>
          Save checkpoint
        </button>
      </div>
      <button type="button" disabled={a === undefined || b === undefined} onClick={() => void compare(a!, b!, `Revision #${a} → #${b}`)}>
        Compare selected
      </button>
      <ErrorAlert message={error} />
      <ol className="revision-list" aria-label="Revisions">
        {revisions.map((r) => (
          <li key={r.id} className="revision-item">
            <label>
              <input type="checkbox" aria-label={`Select revision #${r.id} to compare`} checked={picked.includes(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
              <strong>#{r.id}</strong> {r.label ?? KIND_LABELS[r.kind]}
            </label>
            <div className="revision-meta">
              {r.author || 'Unknown author'} · {formatDateTime(r.updatedAt)} · {wordDelta(r.wordDelta)}
            </div>
            <button type="button" aria-label={`Restore revision #${r.id}`} onClick={() => void restore(r.id)}>
              Restore
            </button>
          </li>
        ))}
      </ol>
      {comparison && <ComparisonView title={comparison.title} comparison={comparison.value} onClose={() => setComparison(null)} />}
    </section>
  );
}
