import { errorMessage } from '../../shared/contract/result';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

/** Every autosaver not yet disposed: closing the window saves them all (the story, the image being described). */
const live = new Set<Autosaver<unknown>>();

/** Saves whatever any autosaver holds unsaved; fails, with the first reason, while anything stays unsaved. */
export async function flushEveryAutosaver(): Promise<void> {
  await Promise.all([...live].map((saver) => saver.flushOrThrow()));
}

/** Whether any autosaver holds an edit the core has not acknowledged. */
export function anyAutosaverDirty(): boolean {
  return [...live].some((saver) => saver.dirty);
}

/**
 * Debounced, serialized saving. One save in flight at a time; an edit made while a save is in
 * flight is never marked saved by that save's acknowledgement, and is saved next. A failed save
 * keeps the edit and is tried again a few seconds later, or at once when `whenBack` says the core
 * answers again.
 */
export class Autosaver<T> {
  private edits = 0;
  private savedEdits = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private takeSnapshot: (() => T) | null = null;

  constructor(
    private readonly save: (snapshot: T) => Promise<{ savedAt: number }>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = 400,
    private readonly whenBack?: (retry: () => void) => () => void,
  ) {}

  private stopWatching: (() => void) | null = null;
  private attached = false;

  /** Joins the savers the window's close flushes, and listens for the core coming back; from the first edit (again after dispose, as React's strict mode remounts). */
  private attach() {
    if (this.attached) return;
    this.attached = true;
    live.add(this as Autosaver<unknown>);
    this.stopWatching = this.whenBack?.(() => this.retryNow()) ?? null;
  }

  get dirty(): boolean {
    return this.edits !== this.savedEdits;
  }

  /** Records an edit; the snapshot is taken lazily, when the save actually runs. */
  change(snapshot: () => T): void {
    this.attach();
    this.edits++;
    this.takeSnapshot = snapshot;
    // Only a change of state re-renders the story view; a keystroke while already dirty does not.
    if (this.lastKind !== 'dirty') this.emit({ kind: 'dirty' });
    this.schedule();
  }

  /** Saves now whatever is unsaved, and resolves when everything edited so far is acknowledged. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.dirty) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      await this.runOnce();
      if (this.lastFailed) return;
    }
  }

  /**
   * Like flush, but fails while anything is still unsaved: for leaving the story (switching, closing
   * the window), which must not go ahead and drop words the core never acknowledged.
   */
  async flushOrThrow(): Promise<void> {
    await this.flush();
    if (this.dirty) throw new Error(this.lastError ?? 'Your last changes are not saved yet.');
  }

  /** The core answers again: what a failed save left unsaved goes now, not after the retry delay. */
  retryNow(): void {
    if (this.dirty && this.inFlight === null) void this.flush();
  }

  dispose(): void {
    this.clearTimer();
    this.stopWatching?.();
    this.stopWatching = null;
    this.attached = false;
    live.delete(this as Autosaver<unknown>);
  }

  private lastFailed = false;
  private lastError: string | null = null;
  private lastKind: SaveState['kind'] = 'idle';

  private emit(state: SaveState) {
    this.lastKind = state.kind;
    this.onState(state);
  }

  private schedule() {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private runOnce(): Promise<void> {
    const upTo = this.edits;
    const snapshot = this.takeSnapshot!();
    this.emit({ kind: 'saving' });
    this.inFlight = this.save(snapshot)
      .then(({ savedAt }) => {
        this.lastFailed = false;
        this.savedEdits = Math.max(this.savedEdits, upTo);
        this.emit(this.dirty ? { kind: 'dirty' } : { kind: 'saved', at: savedAt });
      })
      .catch((error: unknown) => {
        this.lastFailed = true;
        const message = errorMessage(error);
        this.lastError = `Not saved: ${message}`;
        this.emit({ kind: 'error', message: this.lastError });
        // Keep the edits dirty and try again later; nothing typed is dropped.
        this.clearTimer();
        this.timer = setTimeout(() => void this.flush(), 3000);
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
