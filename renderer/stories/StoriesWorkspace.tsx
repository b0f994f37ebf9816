import { useCallback, useEffect, useRef, useState } from 'react';
import { LibraryFilter, type LibraryRow, type LibrarySort } from '../../shared/story/library-schema';
import type { Story } from '../../shared/story/story-schema';
import { api, call } from '../bridge/api';
import { EditorWarmup } from '../editor/EditorWarmup';
import { PublishPanel } from '../publish/PublishPanel';
import { NotesPlugin } from '../review/NotesPlugin';
import { StoryAside } from '../review/StoryAside';
import { LibraryHealthBanner } from './LibraryHealthBanner';
import { StoryActions } from './StoryActions';
import { StoryList } from './StoryList';
import { StoryView } from './StoryView';
import { useLibrary } from './use-library';

/** The stories view: the library beside the open story. */
export function StoriesWorkspace() {
  const [filter, setFilter] = useState<LibraryFilter>(() => LibraryFilter.parse({}));
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [search, setSearch] = useState('');
  const library = useLibrary(filter, sort, search);
  const [current, setCurrent] = useState<Story | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flushCurrent = useRef<(() => Promise<void>) | null>(null);

  const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const open = useCallback(async (id: string) => {
    try {
      await flushCurrent.current?.();
      setCurrent(await call('getStory', { id }));
      setError(null);
    } catch (e) {
      report(e);
    }
  }, []);

  const { reload } = library;
  const createStory = useCallback(async () => {
    try {
      await flushCurrent.current?.();
      const story = await call('createStory', {});
      // The new story's headline takes focus as it mounts; focusing later (after the list reloads)
      // would pull the caret out of wherever the writer has already started typing.
      setFresh(story.id);
      setCurrent(story);
      await reload();
    } catch (e) {
      report(e);
    }
  }, [reload]);

  useEffect(
    () =>
      api.onEvent('menuCommand', ({ command }) => {
        if (command === 'newStory') void createStory();
      }),
    [createStory],
  );

  useEffect(
    () =>
      // The shell holds the window's close until the open story is saved (or the user is told it could not be).
      api.onEvent('closeRequested', ({ requestId }) => {
        void (async () => {
          let saved = true;
          let message = '';
          try {
            await flushCurrent.current?.();
          } catch (e) {
            saved = false;
            message = e instanceof Error ? e.message : String(e);
          }
          await call('confirmClose', { requestId, saved, message }).catch(() => undefined);
        })();
      }),
    [],
  );

  useEffect(() => {
    // Window close: flush the open story first; the browser waits only for the synchronous part,
    // so the save was already sent by the time the page goes.
    const beforeUnload = () => void flushCurrent.current?.();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  const { patch } = library;
  // The save answers with the story's row: counts, TKs and sections as the core computed them with it.
  const onSaved = useCallback((row: LibraryRow) => patch(row.id, row), [patch]);

  const registerFlush = useCallback((flush: (() => Promise<void>) | null) => {
    flushCurrent.current = flush;
  }, []);

  /** The core rewrote the open story: show its version without saving the editor's over it. */
  const replaced = async (id: string) => {
    try {
      const story = await call('getStory', { id });
      setCurrent((open) => (open?.id === id ? story : open));
      await reload();
    } catch (e) {
      report(e);
    }
  };

  /** Runs a library action on the open story after saving it, then refreshes the list. */
  const act = async (fn: () => Promise<Story | null>) => {
    try {
      await flushCurrent.current?.();
      const next = await fn();
      setCurrent(next);
      await reload();
    } catch (e) {
      report(e);
    }
  };

  return (
    <div className="stories-workspace">
      <StoryList
        library={library}
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        search={search}
        onSearch={setSearch}
        selectedId={current?.id ?? null}
        onOpen={(id) => void open(id)}
        onNew={() => void createStory()}
        onRestore={(id) => void act(async () => (await call('restoreStory', { id }), current?.id === id ? call('getStory', { id }) : current))}
        onDeleteForever={(id) => void act(async () => (await call('deleteStoryForever', { id, confirmed: true }), current?.id === id ? null : current))}
      />
      <main className="workspace">
        <LibraryHealthBanner onRestored={() => void (setCurrent(null), reload())} />
        <EditorWarmup />
        {error && (
          <div role="alert" className="error-banner">
            {error}
            <button type="button" onClick={() => setError(null)} aria-label="Dismiss error">
              ×
            </button>
          </div>
        )}
        {current ? (
          <StoryView
            key={`${current.id}:${current.version}`}
            story={current}
            focusHeadline={current.id === fresh}
            onSaved={onSaved}
            registerFlush={registerFlush}
            editorPlugins={(flush) => <NotesPlugin storyId={current.id} flush={flush} />}
            aside={(flush) => (
              <StoryAside
                story={current}
                flush={flush}
                onRestored={(story) => (setCurrent(story), void reload())}
                onMoved={(status) => patch(current.id, { status })}
              >
                <PublishPanel storyId={current.id} flush={flush} onStoryReplaced={() => void replaced(current.id)} />
              </StoryAside>
            )}
            actions={
              <StoryActions
                story={current}
                onDuplicate={() => void act(() => call('duplicateStory', { id: current.id }))}
                onSpike={() => void act(async () => (await call('spikeStory', { id: current.id }), null))}
                onArchive={(archived) => void act(async () => (await call('archiveStory', { id: current.id, archived }), call('getStory', { id: current.id })))}
              />
            }
          />
        ) : (
          <div className="empty-workspace">Open a story, or press New story.</div>
        )}
      </main>
    </div>
  );
}
