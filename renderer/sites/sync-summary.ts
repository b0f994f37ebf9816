import type { SyncSummary } from '../../shared/contract/operations/sites';
import { count } from '../app/format';

/** The sentence shown after Sync now: what came down, and what stayed as it was. */
export function syncSummary(s: SyncSummary): string {
  return (
    `Synced: ${count(s.sections, 'section')}, ${count(s.tags, 'tag')}, ${count(s.authors, 'author')}; ${count(s.postsCreated, 'new story', 'new stories')}, ${s.postsUpdated} updated` +
    (s.postsSkipped > 0 ? `, ${s.postsSkipped} unchanged or edited here (kept)` : '') +
    (s.mediaImported > 0 ? `; ${count(s.mediaImported, 'image')} brought into the media library` : '') +
    (s.mediaFailed > 0 ? `; ${count(s.mediaFailed, 'image')} could not be downloaded and ${s.mediaFailed === 1 ? 'stays' : 'stay'} on the site` : '') +
    '.' +
    (s.postsFailed > 0
      ? ` ${count(s.postsFailed, 'post')} could not be read and ${s.postsFailed === 1 ? 'was' : 'were'} left as on the site: ${s.failures
          .slice(0, 3)
          .map((f) => `“${f.title || `post ${f.postId}`}” (${f.reason})`)
          .join('; ')}${s.failures.length > 3 ? '; …' : ''}.`
      : '')
  );
}
