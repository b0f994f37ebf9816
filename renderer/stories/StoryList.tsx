import type { StorySummary } from '../../shared/story/story-schema';

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function StoryList({
  stories,
  selectedId,
  onOpen,
  onNew,
}: {
  stories: StorySummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}) {
  return (
    <nav className="story-list" aria-label="Story list">
      <div className="story-list-head">
        <h1 className="app-title">Presswork</h1>
        <button type="button" className="primary" onClick={onNew} title="New story (Ctrl+N)">
          New story
        </button>
      </div>
      <ul role="list" aria-label="Stories">
        {stories.length === 0 && <li className="empty">No stories yet. Press New story to start one.</li>}
        {stories.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={s.id === selectedId ? 'story-item selected' : 'story-item'}
              aria-current={s.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(s.id)}
            >
              <span className="story-item-headline">{s.headline || 'Untitled story'}</span>
              <span className="story-item-meta">
                {s.wordCount} words · {when(s.updatedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
