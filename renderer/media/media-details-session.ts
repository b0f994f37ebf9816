import type { MediaDetails, MediaItem } from '../../shared/media/media-schema';
import { call, connection } from '../bridge/api';
import { onBackendBack } from '../bridge/connection';
import { Autosaver, type SaveState } from '../stories/autosaver';

export const pickDetails = (item: MediaItem): MediaDetails => ({
  alt: item.alt,
  caption: item.caption,
  credit: item.credit,
  source: item.source,
  licence: item.licence,
  focalX: item.focalX,
  focalY: item.focalY,
});

const sameDetails = (a: MediaDetails, b: MediaDetails) => (Object.keys(a) as (keyof MediaDetails)[]).every((k) => a[k] === b[k]);

export interface DetailsSnapshot {
  details: MediaDetails;
  state: SaveState;
}

/** Open sessions by item id: one per image, whichever panel shows it. */
const sessions = new Map<string, DetailsSession>();

/**
 * The details being written for one image, saved as they are typed like a story's fields. A session
 * outlives its panel (another image selected, the view closed) until every edit is acknowledged,
 * retrying as the story autosaver does; selecting the image again takes it up, unsaved words and all.
 */
export class DetailsSession {
  private snapshot: DetailsSnapshot;
  private panels = 0;
  private readonly watchers = new Set<() => void>();
  private readonly saver: Autosaver<MediaDetails>;

  private constructor(
    readonly id: string,
    initial: MediaDetails,
    private onSaved: (item: MediaItem) => void,
  ) {
    this.snapshot = { details: initial, state: { kind: 'idle' } };
    this.saver = new Autosaver<MediaDetails>(
      async (details) => {
        const item = await call('updateMedia', { id, details });
        this.onSaved(item);
        return { savedAt: item.updatedAt };
      },
      (state) => {
        this.publish({ ...this.snapshot, state });
        this.endIfDone();
      },
      400,
      (retry) => onBackendBack(connection, retry),
    );
  }

  /** The image's session: the one still saving, else a new one starting from the item as the core last gave it. */
  static open(item: MediaItem, onSaved: (item: MediaItem) => void): DetailsSession {
    const existing = sessions.get(item.id);
    if (existing) {
      existing.onSaved = onSaved;
      return existing;
    }
    const session = new DetailsSession(item.id, pickDetails(item), onSaved);
    sessions.set(item.id, session);
    return session;
  }

  readonly subscribe = (watcher: () => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  readonly current = () => this.snapshot;

  edit(change: (details: MediaDetails) => MediaDetails): void {
    this.publish({ ...this.snapshot, details: change(this.snapshot.details) });
    this.saver.change(() => this.snapshot.details);
  }

  /** The core's copy changed (a story's card wrote the alt text, a sync): shown, unless edits of ours are pending. */
  follow(item: MediaItem): void {
    const next = pickDetails(item);
    if (!this.saver.dirty && !sameDetails(next, this.snapshot.details)) this.publish({ ...this.snapshot, details: next });
  }

  /** Saves what is pending; fails while it cannot be saved (before trashing, say). */
  flush(): Promise<void> {
    return this.saver.flushOrThrow();
  }

  /** A panel shows the session; returns its release, which saves at once what the panel leaves behind. */
  attach(): () => void {
    this.panels++;
    return () => {
      this.panels--;
      // A failure keeps the edits and the saver retrying; the session ends once they are saved.
      void this.saver.flush().finally(() => this.endIfDone());
    };
  }

  private endIfDone() {
    if (this.panels > 0 || this.saver.dirty || sessions.get(this.id) !== this) return;
    sessions.delete(this.id);
    this.saver.dispose();
  }

  private publish(next: DetailsSnapshot) {
    this.snapshot = next;
    for (const watcher of [...this.watchers]) watcher();
  }
}
