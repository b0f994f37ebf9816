import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { DeskState } from '../../shared/review/desk-schema';
import { allowedMoves, canOfferPublish, ROLE_LABELS, ROLES, type Profile, type Role } from '../../shared/review/workflow';
import { STATUS_LABELS } from '../../shared/story/status-vocabulary';
import type { StoryStatus } from '../../shared/story/story-schema';
import { errorMessage } from '../../shared/contract/result';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';
import { PublishButton, usePublishFlowContext } from '../publish/publish-flow';
import { StatusBadge } from '../stories/StatusBadge';
import { ErrorAlert } from '../app/ErrorAlert';
import { formatDateTime } from '../app/format';

export interface DeskPanelProps {
  storyId: string;
  flush: () => Promise<void>;
  onMoved: (status: StoryStatus) => void;
  onShowChanges: (from: number, to: number) => void;
  profile: Profile;
  onProfile: (profile: Profile) => void;
}

/**
 * The story's place on the copy desk: who the user is, the moves their role allows, and every move
 * made. At Ready a publisher is offered the story's one Publish (the publishing panel's flow, checklist
 * first); the desk itself never makes a story Scheduled or Published.
 */
export function DeskPanel({ storyId, flush, onMoved, onShowChanges, profile, onProfile }: DeskPanelProps) {
  const client = useQueryClient();
  // Cached by key, so saves and publish jobs (core events) bring the status and its mark up to date.
  const deskQuery = useQuery({ queryKey: queryKeys.desk(storyId), queryFn: () => call('getDeskState', { storyId }) });
  const state = deskQuery.data ?? null;
  const publishFlow = usePublishFlowContext();
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(profile.name);
  const report = (e: unknown) => setError(errorMessage(e));

  // The profile last asked for: the name saved as its field loses focus must not put back the role chosen a moment before.
  const wanted = useRef(profile);
  const saveProfile = async (patch: Partial<Profile>) => {
    const next = { ...wanted.current, ...patch };
    wanted.current = next;
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
      client.setQueryData<DeskState>(queryKeys.desk(storyId), next);
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
        <input aria-label="Your name" placeholder="Your name" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => void saveProfile({ name })} />
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
            Status: <StatusBadge status={state.status} unpublishedChanges={state.unpublishedChanges} />
          </p>
          <div className="desk-moves">
            {state.status !== 'spiked' &&
              allowedMoves(profile.role, state.status).map((m) => (
                <button key={m.to} type="button" onClick={() => void move(m.to)}>
                  {m.action}
                </button>
              ))}
            {publishFlow && canOfferPublish(profile.role, state.status) && <PublishButton flow={publishFlow} reveal />}
            {state.sentRevisionId !== null && state.latestRevisionId !== null && (
              <button type="button" onClick={() => onShowChanges(state.sentRevisionId!, state.latestRevisionId!)}>
                Changes since sent to copy
              </button>
            )}
          </div>
          <ol className="move-list" aria-label="Status moves">
            {state.moves.map((m) => (
              <li key={m.id}>
                {STATUS_LABELS[m.from]} → {STATUS_LABELS[m.to]} · {m.byName || 'Unnamed'} ({ROLE_LABELS[m.byRole]}) · {formatDateTime(m.at)}
              </li>
            ))}
          </ol>
        </>
      )}
      <ErrorAlert message={error ?? (deskQuery.error ? errorMessage(deskQuery.error) : null)} />
    </section>
  );
}
