import type { SyncSummary } from '../../shared/contract/operations/sites';

/** The sentence shown after Sync now: what came down, and what stayed as it was. */
export function syncSummary(s: SyncSummary): string {
  return (
    `Synced: ${s.sections} sections, ${s.tags} tags, ${s.authors} authors; ${s.postsCreated} new stories, ${s.postsUpdated} updated` +
    (s.postsSkipped > 0 ? `, ${s.postsSkipped} unchanged or edited here (kept)` : '') +
    (s.mediaImported > 0 ? `; ${s.mediaImported} images brought into the media library` : '') +
    (s.mediaFailed > 0 ? `; ${s.mediaFailed} images could not be downloaded and stay on the site` : '') +
    '.'
  );
}
