import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { Story } from '../../shared/story/story-schema';
import { queryKeys } from '../app/query-keys';
import { api, call } from '../bridge/api';
import { useOpenStoryFlush } from './use-open-story-flush';

/**
 * The open story and what acts on it: open another, create, duplicate, spike, archive, restore,
 * delete. Each saves the open story first; each write marks the library lists stale.
 */
export function useStoryWorkspace() {
  const client = useQueryClient();
  const { flush, register } = useOpenStoryFlush();
  const [current, setCurrent] = useState<Story | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reloadLibrary = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.library }), [client]);
  const write = useMutation({ mutationFn: (fn: () => Promise<Story | null>) => fn(), onSuccess: reloadLibrary });
  const { mutateAsync } = write;
  const report = (e: unknown) => setError(errorMessage(e));

  const open = useCallback(
    async (id: string) => {
      try {
        await flush();
        setCurrent(await call('getStory', { id }));
        setError(null);
      } catch (e) {
        report(e);
      }
    },
    [flush],
  );

  const createStory = useCallback(async () => {
    try {
      await flush();
      const story = await mutateAsync(() => call('createStory', {}));
      if (!story) return;
      // The new story's headline takes focus as it mounts; focusing later (after the list reloads)
      // would pull the caret out of wherever the writer has already started typing.
      setFresh(story.id);
      setCurrent(story);
    } catch (e) {
      report(e);
    }
  }, [flush, mutateAsync]);

  useEffect(
    () =>
      api.onEvent('menuCommand', ({ command }) => {
        if (command === 'newStory') void createStory();
      }),
    [createStory],
  );

  /** Runs a library action on the open story after saving it; what it answers becomes the open story. */
  const act = async (fn: () => Promise<Story | null>) => {
    try {
      await flush();
      setCurrent(await mutateAsync(fn));
    } catch (e) {
      report(e);
    }
  };

  /** The core rewrote the open story: show its version without saving the editor's over it. */
  const replaced = async (id: string) => {
    try {
      const story = await call('getStory', { id });
      setCurrent((shown) => (shown?.id === id ? story : shown));
      reloadLibrary();
    } catch (e) {
      report(e);
    }
  };

  /** A story came back from elsewhere (a restored revision or backup): show it, and the list again. */
  const show = (story: Story | null) => {
    setCurrent(story);
    reloadLibrary();
  };

  const id = current?.id ?? null;
  const actions = {
    restore: (storyId: string) => act(async () => (await call('restoreStory', { id: storyId }), id === storyId ? call('getStory', { id: storyId }) : current)),
    deleteForever: (storyId: string) => act(async () => (await call('deleteStoryForever', { id: storyId, confirmed: true }), id === storyId ? null : current)),
    duplicate: (storyId: string) => act(() => call('duplicateStory', { id: storyId })),
    spike: (storyId: string) => act(async () => (await call('spikeStory', { id: storyId }), null)),
    archive: (storyId: string, archived: boolean) => act(async () => (await call('archiveStory', { id: storyId, archived }), call('getStory', { id: storyId }))),
  };

  return { current, fresh, error, dismissError: () => setError(null), open, createStory, replaced, show, actions, registerFlush: register };
}
