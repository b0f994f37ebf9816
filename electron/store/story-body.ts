import type { Database, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { UserFacingError } from '../../shared/contract/result';

/** One top-level block of a story's body, as stored: its JSON and the hash that names it. */
export interface BodyBlock {
  hash: string;
  json: string;
}

/**
 * A body as the stories table keeps it: the root with each top-level child replaced by its block's
 * hash (`skeletonJson`), and the blocks themselves, stored once per story in story_blocks.
 */
export interface StoredBody {
  skeletonJson: string;
  blocks: BodyBlock[];
}

/** 96 bits of SHA-1: names a block within one story, where a collision would need ~2^48 blocks. */
export function blockHash(json: string): string {
  return createHash('sha1').update(json).digest('base64url').slice(0, 16);
}

/** Splits a body into its skeleton and blocks. A body without a root list of children is kept whole. */
export function splitBody(body: unknown): StoredBody {
  const root = (body as { root?: { children?: unknown } } | null)?.root;
  if (!root || !Array.isArray(root.children)) return { skeletonJson: JSON.stringify(body), blocks: [] };
  const blocks = root.children.map((child): BodyBlock => {
    const json = JSON.stringify(child);
    return { hash: blockHash(json), json };
  });
  return { skeletonJson: JSON.stringify({ ...(body as object), root: { ...root, children: blocks.map((b) => b.hash) } }), blocks };
}

type Skeleton = { root?: { children?: unknown } } | null;

/** A stored skeleton parsed, or null where its JSON is damaged. */
function parseSkeleton(skeletonJson: string): Skeleton {
  try {
    return JSON.parse(skeletonJson) as Skeleton;
  } catch {
    return null;
  }
}

/**
 * A story's body is stored block by block (migration 0028), so a save writes only the blocks that
 * changed: a one-word edit to a 10,000-word story rewrites one paragraph, not 90 KB of JSON.
 */
export class StoryBodies {
  private readonly hashesOf: Statement<[string], { hash: string }>;
  private readonly countOf: Statement<[string], number>;
  private readonly blocksOf: Statement<[string], BodyBlock>;
  private readonly insert: Statement<[string, string, string]>;
  private readonly rewrite: Statement<[string, string, string, string]>;
  private readonly remove: Statement<[string, string]>;
  private readonly copyAll: Statement<[string, string]>;
  private readonly clearBodyUsage: Statement<[string]>;

  constructor(db: Database) {
    this.hashesOf = db.prepare('SELECT hash FROM story_blocks WHERE story_id = ?');
    this.countOf = db.prepare<[string], number>('SELECT count(*) FROM story_blocks WHERE story_id = ?').pluck();
    this.blocksOf = db.prepare('SELECT hash, json FROM story_blocks WHERE story_id = ?');
    // New blocks go in before old ones go out, so the media-usage triggers on removal see the
    // story's new blocks (an image whose caption changed stays in use).
    this.insert = db.prepare('INSERT OR IGNORE INTO story_blocks (story_id, hash, json) VALUES (?, ?, ?)');
    // A changed block takes over the row of one that is gone (media usage follows, migration 0030):
    // the row keeps its page, where an insert would take the table's last page and a delete leave
    // a hole, often a page to allocate or free. OR IGNORE as for the insert: when the new hash is
    // already stored (or the old row is not), nothing changes and the insert and deletes take over.
    this.rewrite = db.prepare('UPDATE OR IGNORE story_blocks SET hash = ?, json = ? WHERE story_id = ? AND hash = ?');
    this.remove = db.prepare('DELETE FROM story_blocks WHERE story_id = ? AND hash = ?');
    this.clearBodyUsage = db.prepare(`DELETE FROM media_usage WHERE story_id = ? AND role = 'body'`);
    this.copyAll = db.prepare('INSERT INTO story_blocks (story_id, hash, json) SELECT ?, hash, json FROM story_blocks WHERE story_id = ?');
  }

  /**
   * Makes the story's stored blocks exactly `blocks`; runs inside the caller's transaction.
   * `previousSkeletonJson`, the body_json the save replaces, names the stored blocks without reading
   * them: fetching a 10,000-word story's hundred hashes took a fifth of its autosave's transaction.
   */
  write(storyId: string, blocks: readonly BodyBlock[], previousSkeletonJson?: string): void {
    const stored = (previousSkeletonJson !== undefined && this.namedBy(storyId, previousSkeletonJson)) || new Set(this.hashesOf.all(storyId).map((r) => r.hash));
    // A body saved before migration 0028 has no blocks yet; its usage rows came from the whole body
    // and are rebuilt from the blocks about to go in.
    if (stored.size === 0) this.clearBodyUsage.run(storyId);
    const wanted = new Set(blocks.map((b) => b.hash));
    const gone = [...stored].filter((hash) => !wanted.has(hash));
    const written = new Set<string>();
    const leftover: string[] = [];
    for (const block of blocks) {
      if (stored.has(block.hash) || written.has(block.hash)) continue;
      written.add(block.hash);
      const old = gone.pop();
      if (old !== undefined && this.rewrite.run(block.hash, block.json, storyId, old).changes === 1) continue;
      this.insert.run(storyId, block.hash, block.json);
      if (old !== undefined) leftover.push(old);
    }
    for (const hash of [...gone, ...leftover]) this.remove.run(storyId, hash);
  }

  /**
   * The block hashes a stored skeleton names, when they are the story's stored blocks: every write
   * leaves the two equal, and a count that differs (a body kept whole before migration 0028 has
   * none) sends the caller to read the rows instead, so a block the skeleton names but the table
   * lost is written again rather than taken as present.
   */
  private namedBy(storyId: string, skeletonJson: string): Set<string> | null {
    const children = parseSkeleton(skeletonJson)?.root?.children;
    if (!Array.isArray(children)) return null;
    const named = new Set<string>();
    for (const child of children) {
      if (typeof child !== 'string') return null;
      named.add(child);
    }
    return named.size > 0 && this.countOf.get(storyId) === named.size ? named : null;
  }

  /**
   * The whole body: the skeleton with every hash replaced by its block. Unparseable JSON reads as
   * null, which the caller's schema check refuses like any other damaged body.
   */
  read(storyId: string, skeletonJson: string): unknown {
    const body = parseSkeleton(skeletonJson);
    const root = body?.root;
    const children = root?.children;
    if (!root || !Array.isArray(children) || !children.some((c) => typeof c === 'string')) return body;
    const blocks = new Map(this.blocksOf.all(storyId).map((b) => [b.hash, b.json]));
    root.children = children.map((child) => {
      if (typeof child !== 'string') return child;
      const json = blocks.get(child);
      if (json === undefined) throw new UserFacingError('storage', 'Part of this story’s saved body is missing; restore it from its history.');
      return JSON.parse(json) as unknown;
    });
    return body;
  }

  /** Gives a new story (a duplicate) the same blocks. */
  copy(fromStoryId: string, toStoryId: string): void {
    this.copyAll.run(toStoryId, fromStoryId);
  }
}
