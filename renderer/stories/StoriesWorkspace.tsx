import { useState } from 'react';
import { LibraryFilter, type LibrarySort } from '../../shared/story/library-schema';
import { useMediaQuery } from '../app/use-media-query';
import { EditorWarmup } from '../editor/EditorWarmup';
import { LibraryHealthBanner } from './LibraryHealthBanner';
import { OpenStory } from './OpenStory';
import { STORY_LIST_ID, StoryList } from './StoryList';
import { useLibrary } from './use-library';
import { useStoryWorkspace } from './use-story-workspace';

/** Below this width the list gives its room to the open story and comes back over it when asked. */
const NARROW = '(max-width: 1180px)';

/**
 * Whether the library list shows beside the open story: the writer's own choice, else the window's
 * width decides. On a narrow window a shown list lies over the story and goes once a story is picked.
 */
function useListFolding(storyOpen: boolean) {
  const narrow = useMediaQuery(NARROW);
  const [choice, setChoice] = useState<boolean | null>(null);
  const shown = !storyOpen || (choice ?? !narrow);
  const over = narrow && storyOpen && shown;
  return {
    className: !shown ? 'stories-workspace list-hidden' : over ? 'stories-workspace list-over' : 'stories-workspace',
    shown,
    toggle: () => setChoice(!shown),
    /** A story was picked: a list lying over the story makes way for it. */
    picked: () => narrow && setChoice(null),
    close: () => over && setChoice(null),
  };
}

function ListToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="list-toggle" aria-expanded={shown} aria-controls={STORY_LIST_ID} title={shown ? 'Hide the story list' : 'Show the story list'} onClick={onToggle}>
      <svg className="tool-icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
        <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
        <path d="M6 2.5v11" />
      </svg>
      Story list
    </button>
  );
}

/** The stories view: the library beside the open story. */
export function StoriesWorkspace() {
  const [filter, setFilter] = useState<LibraryFilter>(() => LibraryFilter.parse({}));
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [search, setSearch] = useState('');
  const library = useLibrary(filter, sort, search);
  const workspace = useStoryWorkspace();
  const { current, error } = workspace;
  const list = useListFolding(current !== null);

  return (
    <div className={list.className} onKeyDown={(e) => e.key === 'Escape' && list.close()}>
      <StoryList
        library={library}
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        search={search}
        onSearch={setSearch}
        selectedId={current?.id ?? null}
        onOpen={(id) => (list.picked(), void workspace.open(id))}
        onNew={() => (list.picked(), void workspace.createStory())}
        onRestore={(id) => void workspace.actions.restore(id)}
        onDeleteForever={(id) => void workspace.actions.deleteForever(id)}
      />
      <main className="workspace">
        <LibraryHealthBanner onRestored={() => workspace.show(null)} />
        <EditorWarmup />
        {error && (
          <div role="alert" className="error-banner">
            {error}
            <button type="button" onClick={workspace.dismissError} aria-label="Dismiss error">
              ×
            </button>
          </div>
        )}
        {current ? (
          <OpenStory story={current} workspace={workspace} listToggle={<ListToggle shown={list.shown} onToggle={list.toggle} />} />
        ) : (
          <div className="empty-workspace">Open a story, or press New story.</div>
        )}
      </main>
    </div>
  );
}
