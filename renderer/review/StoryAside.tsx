import { useEffect, useState, type ReactNode } from 'react';
import type { DeskState } from '../../shared/review/desk-schema';
import type { Profile } from '../../shared/review/workflow';
import type { Story, StoryStatus } from '../../shared/story/story-schema';
import { call } from '../bridge/api';
import { DeskPanel } from './DeskPanel';
import { HistoryPanel } from './HistoryPanel';

const SINCE_SENT = 'Changes since sent to copy';

export interface StoryAsideProps {
  story: Story;
  flush: () => Promise<void>;
  onRestored: (story: Story) => void;
  onMoved: (status: StoryStatus) => void;
  children?: ReactNode;
}

/**
 * Desk and history beside the story. A copy chief opening a story that is in copy lands on the
 * changes made since it was sent.
 */
export function StoryAside({ story, flush, onRestored, onMoved, children }: StoryAsideProps) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [compare, setCompare] = useState<{ from: number; to: number; title: string } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const me = await call('getProfile', {});
      if (!live) return;
      setProfile(me);
      if (me.role === 'copy_chief' && story.status === 'in_copy') {
        const desk: DeskState = await call('getDeskState', { storyId: story.id });
        if (live && desk.sentRevisionId !== null && desk.latestRevisionId !== null) {
          setCompare({ from: desk.sentRevisionId, to: desk.latestRevisionId, title: SINCE_SENT });
        }
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [story.id, story.status]);

  return (
    <aside className="story-aside" aria-label="Story tools">
      {profile && (
        <DeskPanel
          storyId={story.id}
          flush={flush}
          profile={profile}
          onProfile={setProfile}
          onMoved={onMoved}
          onShowChanges={(from, to) => setCompare({ from, to, title: SINCE_SENT })}
        />
      )}
      {children}
      <HistoryPanel storyId={story.id} flush={flush} onRestored={onRestored} initialCompare={compare} />
    </aside>
  );
}
