import type { Database } from 'better-sqlite3';
import type { MediaUsage } from '../../shared/media/media-schema';

/**
 * The stories that use one item, body and featured image alike, most recently edited first. The
 * index behind it is kept by triggers on stories (migration 0011): no story code has to call anything.
 */
export function storiesUsing(db: Database, mediaId: string): MediaUsage[] {
  const rows = db
    .prepare(
      `SELECT u.story_id AS storyId, s.headline AS headline, u.role AS role
       FROM media_usage u JOIN stories s ON s.id = u.story_id
       WHERE u.media_id = ?
       ORDER BY s.updated_at DESC, u.story_id, u.role`,
    )
    .all(mediaId) as MediaUsage[];
  return rows;
}
