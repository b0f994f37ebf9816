import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { TEXT_FIELD_MAX, type MediaDetails, type MediaItem, type MediaUsage } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';
import { SaveStatus } from '../stories/SaveStatus';
import { DetailsSession } from './media-details-session';
import { mediaItemChanged, mediaItemQuery } from './media-item-cache';

const TEXT_FIELDS: { key: 'alt' | 'caption' | 'credit' | 'source' | 'licence'; label: string; multiline?: boolean; hint?: string }[] = [
  { key: 'alt', label: 'Alt text', multiline: true, hint: 'Describe what the image shows for readers who cannot see it. Required before publishing.' },
  { key: 'caption', label: 'Caption', multiline: true },
  { key: 'credit', label: 'Credit' },
  { key: 'source', label: 'Source' },
  { key: 'licence', label: 'Licence' },
];

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));

/**
 * The selected item: its preview with a focal point, its details (saved as they are typed, and at
 * once when another image is selected or the view goes), and the stories using it.
 */
export function MediaDetail(props: { selected: MediaItem; onChanged: (item: MediaItem | null) => void; onError: (message: string) => void }) {
  const { selected, onChanged, onError } = props;
  const client = useQueryClient();
  // The grid's copy shows at once; the core's current one replaces it as soon as it is read.
  const fresh = useQuery({ ...mediaItemQuery(selected.id), initialData: selected });
  const item = fresh.data ?? selected;
  const onSaved = useCallback((saved: MediaItem) => mediaItemChanged(client, saved), [client]);
  const [session] = useState(() => DetailsSession.open(item, onSaved));
  const { details: draft, state } = useSyncExternalStore(session.subscribe, session.current);
  useEffect(() => session.attach(), [session]);
  useEffect(() => session.follow(item), [session, item]);

  const usageQuery = useQuery({ queryKey: queryKeys.mediaUsage(item.id), queryFn: () => call('mediaUsage', { id: item.id }) });
  const usage: MediaUsage[] | null = usageQuery.data ?? null;
  useEffect(() => {
    if (usageQuery.error) onError(errorMessage(usageQuery.error));
  }, [usageQuery.error, onError]);

  const run = async (action: () => Promise<MediaItem | null>) => {
    try {
      // The details go first: trashing or restoring never drops what was just typed.
      await session.flush();
      const next = await action();
      if (next) mediaItemChanged(client, next);
      onChanged(next);
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  const setFocal = (e: MouseEvent<HTMLButtonElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const [x, y] = [clamp((e.clientX - box.left) / box.width), clamp((e.clientY - box.top) / box.height)];
    session.edit((d) => ({ ...d, focalX: x, focalY: y }));
  };
  const nudgeFocal = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    session.edit((d) => ({ ...d, focalX: clamp(d.focalX + move[0]), focalY: clamp(d.focalY + move[1]) }));
  };

  return (
    <aside className="media-detail" aria-label="Image details">
      <button
        type="button"
        className="media-preview"
        aria-label={`Focal point: ${Math.round(draft.focalX * 100)}% across, ${Math.round(draft.focalY * 100)}% down. Click the image or use the arrow keys to move it.`}
        onClick={setFocal}
        onKeyDown={nudgeFocal}
      >
        <img src={mediaUrl(item.sha256, 'w800jpeg')} alt={draft.alt} draggable={false} />
        <span className="focal-marker" style={{ left: `${draft.focalX * 100}%`, top: `${draft.focalY * 100}%` }} aria-hidden="true" />
      </button>
      <p className="media-facts">
        <strong>{item.filename}</strong>
        <br />
        {item.width} × {item.height} px · {item.format.toUpperCase()} · {(item.byteSize / (1024 * 1024)).toFixed(1)} MB
      </p>
      <DetailsFields draft={draft} onEdit={(key, value) => session.edit((d) => ({ ...d, [key]: value }))} />
      <SaveStatus state={state} kept="your changes" />
      <section aria-label="Used in stories" className="media-usage">
        <h3>Used in</h3>
        {usage === null ? (
          <p className="muted">Checking…</p>
        ) : usage.length === 0 ? (
          <p className="muted">Not used in any story.</p>
        ) : (
          <ul>
            {usage.map((u) => (
              <li key={`${u.storyId}-${u.role}`}>
                {u.headline.trim() || 'Untitled story'} <span className="muted">({u.role === 'featured' ? 'featured image' : 'in the text'})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="media-form-actions">
        {item.trashedAt === null ? (
          <button type="button" onClick={() => void run(async () => (await call('trashMedia', { id: item.id }), null))}>
            Move to trash
          </button>
        ) : (
          <button type="button" onClick={() => void run(() => call('restoreMedia', { id: item.id }))}>
            Restore
          </button>
        )}
      </div>
    </aside>
  );
}

/** The words about the image; every change goes to the autosave, there is no Save button to forget. */
function DetailsFields({ draft, onEdit }: { draft: MediaDetails; onEdit: (key: (typeof TEXT_FIELDS)[number]['key'], value: string) => void }) {
  return (
    <div className="media-form">
      {TEXT_FIELDS.map((f) => (
        <label key={f.key} className="field">
          <span>{f.label}</span>
          {f.multiline ? (
            <textarea
              rows={3}
              value={draft[f.key]}
              maxLength={TEXT_FIELD_MAX}
              aria-invalid={f.key === 'alt' && draft.alt.trim() === ''}
              onChange={(e) => onEdit(f.key, e.target.value)}
            />
          ) : (
            <input value={draft[f.key]} maxLength={TEXT_FIELD_MAX} onChange={(e) => onEdit(f.key, e.target.value)} />
          )}
          {f.hint && <small className="muted">{f.hint}</small>}
        </label>
      ))}
    </div>
  );
}
