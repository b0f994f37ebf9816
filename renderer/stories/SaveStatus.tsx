import { formatTime } from '../app/format';
import type { SaveState } from './autosaver';


/** The one place the save state is spoken: role=status so screen readers and tests hear it. */
export function SaveStatus({ state }: { state: SaveState }) {
  let text = '';
  if (state.kind === 'dirty') text = 'Edited';
  else if (state.kind === 'saving') text = 'Saving…';
  else if (state.kind === 'saved') text = `Saved ${formatTime(state.at)}`;
  else if (state.kind === 'error') text = state.message;
  return (
    <div role="status" aria-live="polite" className={`save-status save-${state.kind}`} title={state.kind === 'saved' ? 'In the local library' : undefined}>
      {text}
    </div>
  );
}
