import { useSyncExternalStore } from 'react';

/**
 * Smart quotes are on unless the writer turned them off, like Word's and Docs' "replace as you
 * type". The choice belongs to this computer, not to a story, so it is kept in the window's
 * storage and every open editor follows a change at once.
 */
const KEY = 'presswork.smartQuotes';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be refused (a sandboxed or private window): smart quotes then stay on.
    return null;
  }
}

export function smartQuotesOn(): boolean {
  return storage()?.getItem(KEY) !== 'off';
}

export function setSmartQuotes(on: boolean): void {
  storage()?.setItem(KEY, on ? 'on' : 'off');
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSmartQuotesSetting(): boolean {
  return useSyncExternalStore(subscribe, smartQuotesOn);
}
