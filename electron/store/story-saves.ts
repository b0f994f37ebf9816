import type { Database } from 'better-sqlite3';
import { sanitizeBodyLinks } from '../../shared/content/link-policy';
import type { SavedStory } from '../../shared/contract/operations/stories';
import type { SaveStoryInput, SaveStoryResult } from '../../shared/story/story-schema';
import type { EventHub } from '../events/event-hub';
import type { RevisionStore } from './revisions';
import { derive, type StoryStore } from './stories';
import type { StoryLibrary } from './story-library';
import type { StorySearch } from './story-search';

/**
 * Writes one story inside a save transaction. `restoredAs` labels a restore (of a revision, of a
 * site's version): it is recorded as its own revision instead of folding into the autosave one.
 */
export type WriteStory = (input: SaveStoryInput, restoredAs?: string) => SaveStoryResult;

/**
 * Every write of a story's text goes through here, so what follows a save is done once: the search
 * index is scheduled and `storySaved` announced, after the commit.
 */
export class StorySaves {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private readonly stories: StoryStore,
    private readonly list: StoryLibrary,
    private readonly revisions: RevisionStore,
    private readonly search: StorySearch,
    private readonly events: EventHub | null,
  ) {}

  /** The editor's save; answers with the story's library row too, so the list needs no second request. */
  save(input: SaveStoryInput): SavedStory {
    // The schema (SavedBody) refused inline styles and what cannot be saved; a link to a refused
    // target is unwrapped instead, as the editor does when it opens one, so the words are kept.
    const saved = this.stories.save({ ...input, body: sanitizeBodyLinks(input.body).body });
    this.after([saved]);
    return { ...saved, row: this.list.row(input.id) };
  }

  /** Saves stories together with the caller's own rows, in one transaction; the after-save work follows its commit. */
  together<T>(work: (write: WriteStory) => T): T {
    const saved: SaveStoryResult[] = [];
    const write: WriteStory = (input, restoredAs) => {
      const result = restoredAs === undefined ? this.stories.save(input) : this.restore(input, restoredAs);
      saved.push(result);
      return result;
    };
    const result = this.db.transaction(() => work(write)).immediate();
    this.after(saved);
    return result;
  }

  /** A copy of the story as a new draft (see StoryLibrary.duplicate); answers its id. */
  duplicate(id: string): string {
    const copy = this.list.duplicate(id);
    this.search.schedule();
    return copy;
  }

  private restore(input: SaveStoryInput, label: string): SaveStoryResult {
    const at = this.now();
    const result = this.stories.writeSave(input, derive(input), at, false);
    this.revisions.writeRevision(input.id, 'restore', label, this.stories.snapshot(input.id), at);
    return result;
  }

  private after(saved: readonly SaveStoryResult[]): void {
    if (saved.length === 0) return;
    this.search.schedule();
    for (const s of saved) this.events?.emit('storySaved', { id: s.id, version: s.version, savedAt: s.savedAt });
  }
}
