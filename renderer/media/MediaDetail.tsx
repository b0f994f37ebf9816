import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { MediaDetails, MediaItem, MediaUsage } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

const pick = (item: MediaItem): MediaDetails => ({
  alt: item.alt,
  caption: item.caption,
  credit: item.credit,
  source: item.source,
  licence: item.licence,
  focalX: item.focalX,
  focalY: item.focalY,
});

const TEXT_FIELDS: { key: 'alt' | 'caption' | 'credit' | 'source' | 'licence'; label: string; multiline?: boolean; hint?: string }[] = [
  { key: 'alt', label: 'Alt text', multiline: true, hint: 'Describe what the image shows for readers who cannot see it. Required before publishing.' },
  { key: 'caption', label: 'Caption', multiline: true },
  { key: 'credit', label: 'Credit' },
  { key: 'source', label: 'Source' },
  { key: 'licence', label: 'Licence' },
];

/** The selected item: its preview with a focal point, its editable details, and the stories using it. */
export function MediaDetail(props: { item: MediaItem; onChanged: (item: MediaItem | null) => void; onError: (message: string) => void }) {
  const { item, onChanged, onError } = props;
  const [draft, setDraft] = useState<MediaDetails>(() => pick(item));
  const [status, setStatus] = useState('');

  // A saved or restored item comes back as a new prop: the draft follows it; the status line stays.
  useEffect(() => setDraft(pick(item)), [item]);

  const usageQuery = useQuery({ queryKey: queryKeys.mediaUsage(item.id), queryFn: () => call('mediaUsage', { id: item.id }) });
  const usage: MediaUsage[] | null = usageQuery.data ?? null;
  useEffect(() => {
    if (usageQuery.error) onError(errorMessage(usageQuery.error));
  }, [usageQuery.error, onError]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(pick(item));
  const run = async (action: () => Promise<MediaItem | null>, done: string) => {
    try {
      const next = await action();
      setStatus(done);
      onChanged(next);
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  const setFocal = (e: MouseEvent<HTMLButtonElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
    setDraft((d) => ({ ...d, focalX: clamp((e.clientX - box.left) / box.width), focalY: clamp((e.clientY - box.top) / box.height) }));
  };
  const nudgeFocal = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
    setDraft((d) => ({ ...d, focalX: clamp(d.focalX + move[0]), focalY: clamp(d.focalY + move[1]) }));
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
      <form
        className="media-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => call('updateMedia', { id: item.id, details: draft }), 'Saved');
        }}
      >
        {TEXT_FIELDS.map((f) => (
          <label key={f.key} className="field">
            <span>{f.label}</span>
            {f.multiline ? (
              <textarea rows={3} value={draft[f.key]} aria-invalid={f.key === 'alt' && draft.alt.trim() === ''} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            ) : (
              <input value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            )}
            {f.hint && <small className="muted">{f.hint}</small>}
          </label>
        ))}
        <div className="media-form-actions">
          <button type="submit" className="primary" disabled={!dirty}>
            Save details
          </button>
          <span role="status" className="save-status">
            {dirty ? 'Unsaved changes' : status}
          </span>
        </div>
      </form>
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
          <button type="button" onClick={() => void run(async () => (await call('trashMedia', { id: item.id }), null), 'Moved to the trash')}>
            Move to trash
          </button>
        ) : (
          <button type="button" onClick={() => void run(() => call('restoreMedia', { id: item.id }), 'Restored')}>
            Restore
          </button>
        )}
      </div>
    </aside>
  );
}
