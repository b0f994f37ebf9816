import type { Story } from '../../shared/story/story-schema';
import { PublishFlowProvider } from '../publish/publish-flow';
import { PublishPanel } from '../publish/PublishPanel';
import { NotesPlugin } from '../review/NotesPlugin';
import { StoryAside } from '../review/StoryAside';
import { useLibraryRowSync } from './library-row-sync';
import { StoryActions } from './StoryActions';
import { StoryView } from './StoryView';
import { usePatchLibraryRow } from './use-library';
import type { useStoryWorkspace } from './use-story-workspace';

export interface OpenStoryProps {
  story: Story;
  workspace: ReturnType<typeof useStoryWorkspace>;
}

/** The open story with its notes, its desk, history and publishing beside it, and its actions. */
export function OpenStory({ story, workspace }: OpenStoryProps) {
  const onSaved = useLibraryRowSync();
  const patch = usePatchLibraryRow();
  const { actions } = workspace;
  return (
    <StoryView
      key={`${story.id}:${story.version}`}
      story={story}
      focusHeadline={story.id === workspace.fresh}
      onSaved={onSaved}
      registerFlush={workspace.registerFlush}
      editorPlugins={(flush) => <NotesPlugin storyId={story.id} flush={flush} />}
      aside={(flush) => (
        // One publish flow for the story: the desk's Publish and the publishing panel's are the same.
        <PublishFlowProvider storyId={story.id} flush={flush}>
          <StoryAside story={story} flush={flush} onRestored={workspace.show} onMoved={(status) => patch(story.id, { status })}>
            <PublishPanel onStoryReplaced={() => void workspace.replaced(story.id)} />
          </StoryAside>
        </PublishFlowProvider>
      )}
      actions={
        <StoryActions
          story={story}
          onDuplicate={() => void actions.duplicate(story.id)}
          onSpike={() => void actions.spike(story.id)}
          onArchive={(archived) => void actions.archive(story.id, archived)}
        />
      }
    />
  );
}
