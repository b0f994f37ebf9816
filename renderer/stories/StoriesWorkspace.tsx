import { useState } from 'react';
import { LibraryFilter, type LibrarySort } from '../../shared/story/library-schema';
import { EditorWarmup } from '../editor/EditorWarmup';
import { LibraryHealthBanner } from './LibraryHealthBanner';
import { OpenStory } from './OpenStory';
import { StoryList } from './StoryList';
import { useLibrary } from './use-library';
import { useStoryWorkspace } from './use-story-workspace';

/** The stories view: the library beside the open story. */
export function StoriesWorkspace() {
  const [filter, setFilter] = useState<LibraryFilter>(() => LibraryFilter.parse({}));
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [search, setSearch] = useState('');
  const library = useLibrary(filter, sort, search);
  const workspace = useStoryWorkspace();
  const { current, error } = workspace;

  return (
    <div className="stories-workspace">
      <StoryList
        library={library}
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        search={search}
        onSearch={setSearch}
        selectedId={current?.id ?? null}
        onOpen={(id) => void workspace.open(id)}
        onNew={() => void workspace.createStory()}
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
        {current ? <OpenStory story={current} workspace={workspace} /> : <div className="empty-workspace">Open a story, or press New story.</div>}
      </main>
    </div>
  );
}
