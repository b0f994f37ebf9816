import { useCallback, useEffect, useRef } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { api, call } from '../bridge/api';

/**
 * Saving the open story before leaving it: the story view registers its flush here; switching
 * stories, library actions and closing the window call it first.
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
    // so the save was already sent by the time the page goes.
    const beforeUnload = () => void flush();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [flush]);

  return { flush, register };
}
