import { mediaUrl } from '../../shared/media/renditions';
import { call } from '../bridge/api';

/**
 * The editor's ThumbnailResolver (renderer/editor/nodes/media-thumbnail.ts) backed by the library:
 * looks items up by id in small batches and answers their `/media/<sha256>/thumb.webp` URL.
 */
export function createThumbnailResolver(): (mediaId: string) => Promise<string | null> {
  const known = new Map<string, Promise<string | null>>();
  let pending: { id: string; resolve: (url: string | null) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const items = await call('getMediaItems', { ids: [...new Set(batch.map((p) => p.id))] });
      const byId = new Map(items.map((i) => [i.id, mediaUrl(i.sha256, 'thumb')]));
      for (const p of batch) p.resolve(byId.get(p.id) ?? null);
    } catch {
      for (const p of batch) p.resolve(null);
    }
  };
  return (mediaId) => {
    const cached = known.get(mediaId);
    if (cached) return cached;
    const promise = new Promise<string | null>((resolve) => {
      if (pending.length === 0) queueMicrotask(() => void flush());
      pending.push({ id: mediaId, resolve });
    });
    known.set(mediaId, promise);
    return promise;
  };
}
