import { useEffect, useState } from 'react';
import { call } from '../bridge/api';

type Health = Awaited<ReturnType<typeof call<'getLibraryHealth'>>>;

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** Says so when the library was found damaged at start, and offers the last good backup. */
export function LibraryHealthBanner({ onRestored }: { onRestored: () => void }) {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    call('getLibraryHealth', {}).then(setHealth, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (!health?.damaged && !error) return null;
  const restore = async (name: string) => {
    setRestoring(true);
    try {
      await call('restoreBackup', { name });
      setHealth({ ...health!, damaged: null });
      onRestored();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRestoring(false);
    }
  };
  return (
    <div role="alert" className="error-banner health-banner">
      <div>
        {health?.damaged && <p>{health.damaged.message}</p>}
        {health?.damaged && !health.lastGood && <p>There is no backup to restore; the library starts empty.</p>}
        {error && <p>{error}</p>}
      </div>
      {health?.damaged && health.lastGood && (
        <button type="button" className="primary" disabled={restoring} onClick={() => void restore(health.lastGood!.name)}>
          Restore the last good backup ({when(health.lastGood.at)})
        </button>
      )}
    </div>
  );
}
