import { useCallback, useEffect, useState } from 'react';
import type { DeskState } from '../../shared/review/desk-schema';
import { allowedMoves, ROLE_LABELS, ROLES, type Profile, type Role } from '../../shared/review/workflow';
import type { StoryStatus } from '../../shared/story/story-schema';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { STATUS_LABELS } from '../stories/status-labels';
import { ErrorAlert } from '../app/ErrorAlert';

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export interface DeskPanelProps {
  storyId: string;
  flush: () => Promise<void>;
  onMoved: (status: StoryStatus) => void;
  onShowChanges: (from: number, to: number) => void;
  profile: Profile;
  onProfile: (profile: Profile) => void;
}

/** The story's place on the copy desk: who the user is, the moves their role allows, and every move made. */
export function DeskPanel({ storyId, flush, onMoved, onShowChanges, profile, onProfile }: DeskPanelProps) {
  const [state, setState] = useState<DeskState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(profile.name);
  const report = (e: unknown) => setError(errorMessage(e));

  const refresh = useCallback(() => call('getDeskState', { storyId }).then(setState, report), [storyId]);
  useEffect(() => void refresh(), [refresh]);

  const saveProfile = async (next: Profile) => {
    try {
      onProfile(await call('setProfile', next));
      setError(null);
    } catch (e) {
      report(e);
    }
  };

  const move = async (to: StoryStatus) => {
    try {
      await flush();
      const next = await call('moveStory', { storyId, to });
      setState(next);
      setError(null);
      onMoved(next.status);
    } catch (e) {
      report(e);
    }
  };

  return (
    <section className="aside-panel desk-panel" aria-label="Copy desk">
      <h2>Copy desk</h2>
      <div className="profile-row">
        <input aria-label="Your name" placeholder="Your name" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => void saveProfile({ ...profile, name })} />
        <select aria-label="Your role" value={profile.role} onChange={(e) => void saveProfile({ name, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {state && (
        <>
          <p>
            Status: <strong>{STATUS_LABELS[state.status]}</strong>
          </p>
          <div className="desk-moves">
            {state.status !== 'spiked' &&
              allowedMoves(profile.role, state.status).map((m) => (
                <button key={m.to} type="button" onClick={() => void move(m.to)}>
                  {m.action}
                </button>
              ))}
            {state.sentRevisionId !== null && state.latestRevisionId !== null && (
              <button type="button" onClick={() => onShowChanges(state.sentRevisionId!, state.latestRevisionId!)}>
                Changes since sent to copy
              </button>
            )}
          </div>
          <ol className="move-list" aria-label="Status moves">
            {state.moves.map((m) => (
              <li key={m.id}>
                {STATUS_LABELS[m.from]} → {STATUS_LABELS[m.to]} · {m.byName || 'Unnamed'} ({ROLE_LABELS[m.byRole]}) · {when(m.at)}
              </li>
            ))}
          </ol>
        </>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
