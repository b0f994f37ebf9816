import type { Fault, FaultProxy, ProxiedRequest } from '../../support/wordpress/fault-proxy';
import { rest, addStory, bodyOf, paragraph, unique, type Rig } from '../../unit/publish/support/rig';
import type { WordPressEnv } from '../../support/wordpress/env';

export interface FaultRunResult {
  stories: number;
  posts: number;
  missing: number;
  duplicated: number;
  failedJobs: number;
  applied: Record<Fault, number>;
  ms: number;
}

/** Seeded randomness so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly one request in three meets a fault, the create and update of posts included. */
export function faultPlan(random: () => number): (req: ProxiedRequest) => Fault {
  const faults: Fault[] = ['drop-response', 'reset', 'unavailable', 'latency', 'slow-close', 'truncate'];
  return () => (random() < 0.35 ? faults[Math.floor(random() * faults.length)]! : 'forward');
}

/**
 * Publishes `count` stories through the fault proxy and counts the posts WordPress ends with: each
 * story's slug must name exactly one post, and that post must be the one recorded locally.
 */
export async function faultRun(rig: Rig, siteId: string, proxy: FaultProxy, wp: WordPressEnv, count: number, seed: number): Promise<FaultRunResult> {
  const started = Date.now();
  proxy.setPlan(faultPlan(seeded(seed)));
  const run = unique();
  const stories: { id: string; slug: string }[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `fault-${run}-${i}`;
    stories.push({ id: addStory(rig.library, `Fault run ${run} #${i}`, bodyOf(paragraph(`Story ${i} of the fault run.`)), { standfirst: `Number ${i}.`, slug }), slug });
  }
  const jobs = [];
  for (const s of stories) {
    // Enqueueing asks the site whether the slug is free; through the proxy that may fail too, and the job is queued regardless.
    jobs.push(await rig.publishing.publishing.publish({ storyId: s.id, siteId, status: 'publish', overrideWarnings: true }));
  }
  const ended = await Promise.all(jobs.map((j) => rig.publishing.outbox.waitFor(j.id)));
  proxy.setPlan(() => 'forward');

  let posts = 0;
  let missing = 0;
  let duplicated = 0;
  for (const s of stories) {
    const found = await rest<{ id: number }[]>(wp, 'GET', `/wp/v2/posts?slug=${s.slug}&status=any&context=edit&_fields=id`);
    const fuzzy = await rest<{ id: number }[]>(wp, 'GET', `/wp/v2/posts?search=${encodeURIComponent(`Fault run ${run} #${stories.indexOf(s)}`)}&status=any&context=edit&_fields=id,title`);
    posts += found.length;
    if (found.length === 0) missing++;
    // A duplicate would carry a suffixed slug (slug-2), so look by title as well.
    const exact = (fuzzy as { id: number; title?: { raw?: string } }[]).filter((p) => p.title?.raw === `Fault run ${run} #${stories.indexOf(s)}`);
    if (found.length > 1 || exact.length > 1) duplicated++;
    const recorded = rig.publishing.publishing.state(s.id).remotes[0]?.remoteId;
    if (found.length === 1 && recorded !== found[0]!.id) missing++;
    // Counted: now out of the way, so the shared test site stays small for the other suites.
    for (const p of [...found, ...exact]) await rest(wp, 'DELETE', `/wp/v2/posts/${p.id}?force=true`).catch(() => undefined);
  }
  return { stories: count, posts, missing, duplicated, failedJobs: ended.filter((j) => j.state !== 'done').length, applied: { ...proxy.applied }, ms: Date.now() - started };
}
