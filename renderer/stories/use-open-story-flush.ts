import { useCallback, useEffect, useRef } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { api, call, connection } from '../bridge/api';
import { anyAutosaverDirty, flushEveryAutosaver } from './autosaver';

/**
 * Saving the open story before leaving it: the story view registers its flush here; switching
 * stories, library actions and closing the window call it first. Closing the window saves every
 * other autosaver too (the image details being written in the Media view).
 */
export function useOpenStoryFlush() {
  const current = useRef<(() => Promise<void>) | null>(null);
  const register = useCallback((flush: (() => Promise<void>) | null) => {
    current.current = flush;
  }, []);
  const flush = useCallback(async () => {
    await current.current?.();
  }, []);

  useEffect(
    () =>
      // The shell holds the window's close until the open story is saved (or the user is told it could not be).
      api.onEvent('closeRequested', ({ requestId }) => {
        void (async () => {
          let saved = true;
          let message = '';
          try {
            await flush();
            await flushEveryAutosaver();
          } catch (e) {
            saved = false;
            message = errorMessage(e);
          }
          await call('confirmClose', { requestId, saved, message }).catch(() => undefined);
        })();
      }),
    [flush],
  );

  useEffect(() => {
    // Window close: flush the open story first; the browser waits only for the synchronous part,
    // so the save was already sent by the time the page goes. With the core away (the harness's
    // backend stopped) nothing can be sent: the browser asks before the page drops unsaved words.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      void flush().catch(() => undefined);
      void flushEveryAutosaver().catch(() => undefined);
      if (connection.state() === 'down' && anyAutosaverDirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [flush]);

  return { flush, register };
}
