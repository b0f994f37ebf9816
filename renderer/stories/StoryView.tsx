import type { EditorState } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LibraryRow } from '../../shared/story/library-schema';
import type { BodyState, Story, StoryFields } from '../../shared/story/story-schema';
import { call, connection } from '../bridge/api';
import { onBackendBack } from '../bridge/connection';
import { BodyEditor } from '../editor/BodyEditor';
import { Autosaver, type SaveState } from './autosaver';
import { MainOverlayHost } from '../app/MainOverlay';
import { SaveStatus } from './SaveStatus';
import type { LivePost } from './SlugField';
import { StoryDetails } from './StoryDetails';

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
  /** Before the actions: the control that shows or hides the story list. */
  leading?: ReactNode;
  /** A story just created: the headline takes focus as it appears. */
  focusHeadline?: boolean;
}

export function StoryView({ story, onSaved, registerFlush, aside, editorPlugins, actions, leading, live, focusHeadline = false }: StoryViewProps) {
  const [headline, setHeadline] = useState(story.headline);
  // The fields as edited: the details' summary shows them, and a Schedule beside the story publishes at their time.
  const [fields, setFields] = useState(story.fields);
  // The story's area, where views that need its width (comparison, conflict, preview) are drawn.
  const [main, setMain] = useState<HTMLElement | null>(null);
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
    <MainOverlayHost value={main}>
      <div className="story-layout">
        <div className="story-main" ref={setMain}>
          <article className="story-view" aria-label="Story">
            <div className="story-page">
              <header className="story-header">
                {leading}
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
              <StoryDetails
                headline={headline}
                initial={story.fields}
                fields={fields}
                live={live}
                onBlur={() => void saver.flush()}
                onChange={(next) => {
                  draft.current.fields = next;
                  setFields(next);
                  changed();
                }}
              />
              {/* The Add note tool shows where a plugin (the review notes) handles it. */}
              <BodyEditor initialBody={story.body} onChange={onBodyChange} onBlur={() => void saver.flush()} noteTool={editorPlugins !== undefined}>
                {editorPlugins?.(() => saver.flush())}
              </BodyEditor>
            </div>
          </article>
        </div>
        {aside?.(() => saver.flush(), { scheduledAt: fields.scheduledAt })}
      </div>
    </MainOverlayHost>
  );
}
