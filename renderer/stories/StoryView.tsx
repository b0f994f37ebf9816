import type { EditorState } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { BodyState, Story } from '../../shared/story/story-schema';
import { call } from '../bridge/api';
import { BodyEditor } from '../editor/BodyEditor';
import { Autosaver, type SaveState } from './autosaver';
import { SaveStatus } from './SaveStatus';

interface Draft {
  headline: string;
  body: () => BodyState;
}

export interface StoryViewProps {
  story: Story;
  onSaved: (id: string, headline: string, savedAt: number) => void;
  /** Lets the app flush this story before switching away or closing. */
  registerFlush: (flush: (() => Promise<void>) | null) => void;
}

export function StoryView({ story, onSaved, registerFlush }: StoryViewProps) {
  const [headline, setHeadline] = useState(story.headline);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const draft = useRef<Draft>({ headline: story.headline, body: () => story.body });

  const [saver] = useState(
    () =>
      new Autosaver<{ headline: string; body: BodyState }>(
        async (snapshot) => {
          const result = await call('saveStory', { id: story.id, headline: snapshot.headline, body: snapshot.body });
          onSaved(story.id, snapshot.headline, result.savedAt);
          return result;
        },
        setSaveState,
      ),
  );

  useEffect(() => {
    const flush = () => saver.flush();
    registerFlush(flush);
    return () => {
      registerFlush(null);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver, registerFlush]);

  const changed = () => saver.change(() => ({ headline: draft.current.headline, body: draft.current.body() }));

  const onBodyChange = (state: EditorState) => {
    draft.current.body = () => state.toJSON() as unknown as BodyState;
    changed();
  };

  return (
    <article className="story-view" aria-label="Story">
      <header className="story-header">
        <SaveStatus state={saveState} />
      </header>
      <textarea
        className="headline-input"
        aria-label="Headline"
        placeholder="Headline"
        rows={1}
        value={headline}
        maxLength={300}
        onChange={(e) => {
          const value = e.target.value.replace(/\n/g, ' ');
          setHeadline(value);
          draft.current.headline = value;
          changed();
        }}
        onBlur={() => void saver.flush()}
      />
      <BodyEditor initialBody={story.body} onChange={onBodyChange} onBlur={() => void saver.flush()} />
    </article>
  );
}
