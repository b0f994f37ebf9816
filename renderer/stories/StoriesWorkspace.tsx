import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story, StorySummary } from '../../shared/story/story-schema';
import { api, call } from '../bridge/api';
import { StoryList } from './StoryList';
import { StoryView } from './StoryView';

/** The stories view: the list beside the open story. */
export function StoriesWorkspace() {
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [current, setCurrent] = useState<Story | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flushCurrent = useRef<(() => Promise<void>) | null>(null);

  const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const refresh = useCallback(async () => {
    setStories(await call('listStories', {}));
  }, []);

  useEffect(() => {
    refresh().catch(report);
  }, [refresh]);

  const open = useCallback(async (id: string) => {
    try {
      await flushCurrent.current?.();
      setCurrent(await call('getStory', { id }));
      setError(null);
    } catch (e) {
      report(e);
    }
  }, []);

  const createStory = useCallback(async () => {
    try {
      await flushCurrent.current?.();
      const story = await call('createStory', {});
      setCurrent(story);
      await refresh();
      document.querySelector<HTMLElement>('[aria-label="Headline"]')?.focus();
    } catch (e) {
      report(e);
    }
  }, [refresh]);

  useEffect(
    () =>
      api.onEvent('menuCommand', ({ command }) => {
        if (command === 'newStory') void createStory();
      }),
    [createStory],
  );

  useEffect(() => {
    // Window close: flush the open story first; the browser waits only for the synchronous part,
    // so the save was already sent by the time the page goes.
    const beforeUnload = () => void flushCurrent.current?.();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  const onSaved = useCallback((id: string, headline: string, savedAt: number) => {
    setStories((list) => {
      const rest = list.filter((s) => s.id !== id);
      const prev = list.find((s) => s.id === id);
      return prev ? [{ ...prev, headline, updatedAt: savedAt }, ...rest] : list;
    });
  }, []);

  const registerFlush = useCallback((flush: (() => Promise<void>) | null) => {
    flushCurrent.current = flush;
  }, []);

  return (
    <div className="stories-workspace">
      <StoryList stories={stories} selectedId={current?.id ?? null} onOpen={(id) => void open(id)} onNew={() => void createStory()} />
      <main className="workspace">
        {error && (
          <div role="alert" className="error-banner">
            {error}
            <button type="button" onClick={() => setError(null)} aria-label="Dismiss error">
              ×
            </button>
          </div>
        )}
        {current ? (
          <StoryView key={current.id} story={current} onSaved={onSaved} registerFlush={registerFlush} />
        ) : (
          <div className="empty-workspace">Open a story, or press New story.</div>
        )}
      </main>
    </div>
  );
}
