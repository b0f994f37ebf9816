import { useBackendConnection } from '../bridge/api';
import { formatTime } from '../app/format';
import type { SaveState } from './autosaver';


/**
 * The one place the save state is spoken: role=status so screen readers and tests hear it. While the
 * core is not answering, nothing unsaved is called anything but not saved, and the writer is told
 * where the words are meanwhile (`kept`: "your words", "your changes").
 */
export function SaveStatus({ state, kept = 'your words' }: { state: SaveState; kept?: string }) {
  const connection = useBackendConnection();
  const away = connection === 'down';
  let text = '';
  let kind: string = state.kind;
  if (away && (state.kind === 'dirty' || state.kind === 'saving' || state.kind === 'error')) {
    text = `Not saved: Presswork’s backend is not answering; ${kept} are kept here and will be saved when it is back.`;
    kind = 'error';
  } else if (state.kind === 'dirty') text = 'Edited';
  else if (state.kind === 'saving') text = 'Saving…';
  else if (state.kind === 'saved') text = `Saved ${formatTime(state.at)}${away ? ' (Presswork’s backend is not answering now)' : ''}`;
  else if (state.kind === 'error') text = state.message;
  else if (away) text = 'Presswork’s backend is not answering.';
  return (
    <div role="status" aria-live="polite" className={`save-status save-${kind}`} title={state.kind === 'saved' ? 'In the local library' : undefined}>
      {text}
    </div>
  );
}
