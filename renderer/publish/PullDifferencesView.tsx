import { useState } from 'react';
import type { PullDifferences } from '../../shared/contract/operations/publish';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { ConflictDiff } from './ConflictDiff';

const KIND: Record<PullDifferences['differences'][number]['kind'], string> = {
  removed: 'would be removed',
  added: 'would be added',
  changed: 'would change',
};

/**
 * What Presswork would change in the post as the site holds it, though nobody edited it: shown
 * on demand beside the checklist's blocker, with "I have looked", after which publishing may
 * overwrite the post. The site's and Presswork's forms are shown as text, never as HTML.
 */
export function PullDifferencesView({ storyId, siteId, onLooked }: { storyId: string; siteId: string; onLooked: () => void }) {
  const [differences, setDifferences] = useState<PullDifferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const show = () => attempt(async () => setDifferences(await call('getPullDifferences', { storyId, siteId })));
  const looked = () =>
    attempt(async () => {
      await call('confirmPullDifferences', { storyId, siteId });
      onLooked();
    });
  return (
    <div className="pull-differences" aria-label="Differences from the site’s post">
      {differences === null ? (
        <button type="button" onClick={() => void show()}>
          Show differences
        </button>
      ) : (
        <>
          <ul>
            {differences?.differences.map((d, n) => (
              <li key={n}>
                <strong>
                  {d.label} (block {d.path}) {KIND[d.kind]}
                </strong>
                <ConflictDiff label={d.aspects.join(', ') || d.kind} ours={d.ours} theirs={d.theirs} />
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void looked()}>
            I have looked
          </button>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
