import type { Story } from '../../shared/story/story-schema';

/** What can be done to the open story as a whole. Spiking is undoable from the Spike view. */
export function StoryActions({
  story,
  onDuplicate,
  onSpike,
  onArchive,
}: {
  story: Story;
  onDuplicate: () => void;
  onSpike: () => void;
  onArchive: (archived: boolean) => void;
}) {
  return (
    <div className="story-actions" role="toolbar" aria-label="Story actions">
      <button type="button" onClick={onDuplicate}>
        Duplicate
      </button>
      {story.status !== 'spiked' && (
        <button type="button" onClick={onSpike} title="Move to the Spike view; restorable from there">
          Spike
        </button>
      )}
      <button type="button" onClick={() => onArchive(story.archivedAt === null)}>
        {story.archivedAt === null ? 'Archive' : 'Unarchive'}
      </button>
    </div>
  );
}
