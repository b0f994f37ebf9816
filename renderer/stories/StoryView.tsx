import type { EditorState } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LibraryRow } from '../../shared/story/library-schema';
import type { BodyState, Story, StoryFields } from '../../shared/story/story-schema';
import { call, connection } from '../bridge/api';
import { onBackendBack } from '../bridge/connection';
import { BodyEditor } from '../editor/BodyEditor';
import { Autosaver, type SaveState } from './autosaver';
import { SaveStatus } from './SaveStatus';
import type { LivePost } from './SlugField';
import { StoryFieldsPanel } from './StoryFieldsPanel';

interface Draft {
  headline: string;
  body: () => BodyState;
  fields: StoryFields;
}

export interface StorySnapshot {
  headline: string;
  body: BodyState;
  fields: StoryFields;
}

export interface StoryViewProps {
  story: Story;
  onSaved: (row: LibraryRow) => void;
  /** Lets the app flush this story before switching away or closing. */
  registerFlush: (flush: (() => Promise<void>) | null) => void;
  /** Panels beside the story (history, desk, publishing); given a flush so they act on saved text, and the Scheduled time as edited. */
  aside?: (flush: () => Promise<void>, current: { scheduledAt: number | null }) => ReactNode;
  /** The story's post where it is live on a site: its slug is the story's address there. Undefined until known. */
  live?: LivePost | null;
  /** Plugins mounted inside the body editor (editorial notes); given a flush like the aside. */
  editorPlugins?: (flush: () => Promise<void>) => ReactNode;
  /** Buttons acting on the whole story (duplicate, spike…). */
  actions?: ReactNode;
  /** A story just created: the headline takes focus as it appears. */
  focusHeadline?: boolean;
}

export function StoryView({ story, onSaved, registerFlush, aside, editorPlugins, actions, live, focusHeadline = false }: StoryViewProps) {
  const [headline, setHeadline] = useState(story.headline);
  // The one field the panels beside the story show as it is edited (a Schedule publishes at it); the rest live in the draft.
  const [scheduledAt, setScheduledAt] = useState(story.fields.scheduledAt);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const draft = useRef<Draft>({ headline: story.headline, body: () => story.body, fields: story.fields });

  const [saver] = useState(
    () =>
      new Autosaver<StorySnapshot>(
        async (snapshot) => {
          const result = await call('saveStory', { id: story.id, ...snapshot });
          onSaved(result.row);
          return result;
        },
        setSaveState,
        undefined,
        (retry) => onBackendBack(connection, retry),
      ),
  );

  useEffect(() => {
    registerFlush(() => saver.flushOrThrow());
    return () => {
      registerFlush(null);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver, registerFlush]);

  const changed = () =>
    saver.change(() => ({ headline: draft.current.headline, body: draft.current.body(), fields: draft.current.fields }));

  const onBodyChange = (state: EditorState) => {
    draft.current.body = () => state.toJSON() as unknown as BodyState;
    changed();
  };

  return (
    <div className="story-layout">
      <article className="story-view" aria-label="Story">
        <header className="story-header">
          {actions}
          <SaveStatus state={saveState} />
        </header>
        <textarea
          className="headline-input"
          aria-label="Headline"
          autoFocus={focusHeadline}
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
        <div onBlur={() => void saver.flush()}>
          <StoryFieldsPanel
            headline={headline}
            initial={story.fields}
            live={live}
            onChange={(fields) => {
              draft.current.fields = fields;
              setScheduledAt(fields.scheduledAt);
              changed();
            }}
          />
        </div>
        <BodyEditor initialBody={story.body} onChange={onBodyChange} onBlur={() => void saver.flush()}>
          {editorPlugins?.(() => saver.flush())}
        </BodyEditor>
      </article>
      {aside?.(() => saver.flush(), { scheduledAt })}
    </div>
  );
}
