import type { ReactNode } from 'react';
import type { PublishState } from '../../shared/contract/operations/publish';
import type { Story } from '../../shared/story/story-schema';
import { PublishFlowProvider } from '../publish/publish-flow';
import { PublishPanel } from '../publish/PublishPanel';
import { usePublishState } from '../publish/use-publish';
import { NotesPlugin } from '../review/NotesPlugin';
import { StoryAside } from '../review/StoryAside';
import { useLibraryRowSync } from './library-row-sync';
import { StoryActions } from './StoryActions';
import type { LivePost } from './SlugField';
import { StoryView } from './StoryView';
import { usePatchLibraryRow } from './use-library';
import type { useStoryWorkspace } from './use-story-workspace';

export interface OpenStoryProps {
  story: Story;
  workspace: ReturnType<typeof useStoryWorkspace>;
  /** Shows or hides the story list; it heads the story's actions. */
  listToggle?: ReactNode;
}

/** The story's post that readers see on a site (the first such site), whose slug is the story's live address. */
function livePost(state: PublishState): LivePost | null {
  const remote = state.remotes.find((r) => r.remoteId !== null && r.remoteStatus === 'publish');
  return remote ? { slug: remote.slug, modifiedGmt: remote.modifiedGmt } : null;
}

/** The open story with its notes, its desk, history and publishing beside it, and its actions. */
export function OpenStory({ story, workspace, listToggle }: OpenStoryProps) {
  const onSaved = useLibraryRowSync();
  const patch = usePatchLibraryRow();
  const publishState = usePublishState(story.id);
  const { actions } = workspace;
  return (
    <StoryView
      key={`${story.id}:${story.version}`}
      story={story}
      focusHeadline={story.id === workspace.fresh}
      onSaved={onSaved}
      registerFlush={workspace.registerFlush}
      live={publishState.data ? livePost(publishState.data) : undefined}
      editorPlugins={(flush) => <NotesPlugin storyId={story.id} flush={flush} />}
      aside={(flush, { scheduledAt }) => (
        // One publish flow for the story: the desk's Publish and the publishing panel's are the same.
        <PublishFlowProvider storyId={story.id} flush={flush} scheduledAt={scheduledAt}>
          <StoryAside story={story} flush={flush} onRestored={workspace.show} onMoved={(status) => patch(story.id, { status })}>
            <PublishPanel onStoryReplaced={() => void workspace.replaced(story.id)} />
          </StoryAside>
        </PublishFlowProvider>
      )}
      leading={listToggle}
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
