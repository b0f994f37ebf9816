import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../../shared/content/dom-window';
import { compareMarkup, type MarkupDifference } from '../../../shared/content/wordpress/block-equivalence';
import type { BodyState } from '../../../shared/story/story-schema';
import { createReusables, loadCorpus, placeFixture, uploadCorpusMedia, type CorpusFixture } from '../../support/wordpress/corpus/corpus-fixtures';
import { wordpressEnv } from '../../support/wordpress/env';
import { connect, openRig, rest, unique, type Rig } from '../../unit/publish/support/rig';

/**
 * The lossless round trip on the corpus of tests/fixtures/wordpress (what the real 6.1 editor
 * saves, classic posts, a third-party block): each post is created on the real site as the admin,
 * synced into a fresh library, published back unchanged through the real publish path, and must
 * read back equivalent (compareMarkup), render the same images and words, and come back the same a
 * second time.
 */
const wp = wordpressEnv();
const window = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;
const corpus = loadCorpus();
const u = unique();

interface Placed {
  fixture: CorpusFixture;
  content: string;
  postId: number;
  slug: string;
}

let rig: Rig;
let siteId: string;
/** What the test made on the site, deleted at the end so later syncs stay small. */
const made: string[] = [];
const placed: Placed[] = [];
const figures: string[] = [];
const totals = { modelled: 0, preserved: 0, imagesIn: 0, imagesStory: 0, imagesOut: 0 };

/** Top-level nodes of a synced story: kept-as-is blocks and modelled ones. */
function countNodes(body: BodyState): { modelled: number; preserved: number } {
  const children = body.root.children as Array<{ type: string }>;
  const preserved = children.filter((node) => node.type === 'preserved-block').length;
  return { modelled: children.length - preserved, preserved };
}

/**
 * Images a story holds: image nodes (library or external), the images of a node holding several
 * (a gallery's `images`), and <img> elements kept inside preserved blocks.
 */
function storyImages(body: BodyState): number {
  let count = 0;
  const stack: unknown[] = [body.root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null;
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'preserved-block') count += imgCount(String(node.markup ?? ''));
    else if (node.type === 'image') count++;
    else if (Array.isArray(node.images)) count += node.images.length;
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
  return count;
}

function imgCount(html: string): number {
  return (html.match(/<img\b/gi) ?? []).length;
}

/** The images and words of a post as the site's theme shows them (dynamic lists of other posts left out). */
async function renderedPage(postId: number): Promise<{ images: string[]; text: string }> {
  const response = await fetch(`${wp.url}/?p=${postId}`);
  expect(response.status, `post ${postId} is public`).toBe(200);
  const { document } = parseHTML(await response.text());
  const area = document.querySelector('.wp-block-post-content') ?? document.querySelector('.entry-content');
  if (!area) throw new Error(`post ${postId}: the theme's page has no post content area`);
  for (const dynamic of Array.from(area.querySelectorAll('.wp-block-latest-posts, .wp-block-query, script, style'))) dynamic.remove();
  const images = Array.from(area.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
  return { images, text: (area.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

async function rawContent(postId: number): Promise<string> {
  return (await rest<{ content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${postId}?context=edit`)).content.raw;
}

function storyFor(slug: string) {
  const row = rig.db.prepare('SELECT story_id FROM story_remote WHERE slug = ?').get(slug) as { story_id: string } | undefined;
  if (!row) throw new Error(`no story synced for ${slug}`);
  return rig.library.stories.get(row.story_id);
}

async function publishUnchanged(storyId: string): Promise<void> {
  const job = await rig.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
  const done = await rig.publishing.outbox.waitFor(job.id);
  expect(done.state, `publish job: ${JSON.stringify(done)}`).toBe('done');
}

const describeDifferences = (differences: MarkupDifference[]) =>
  differences.map((d) => `${d.kind} ${d.label} at ${d.path} (${d.aspects.join(', ')})\n  theirs: ${d.theirs}\n  ours:   ${d.ours}`).join('\n');

beforeAll(async () => {
  const media = await uploadCorpusMedia(wp, u);
  made.push(...media.map((m) => `/wp/v2/media/${m.id}`));
  const reusable = await createReusables(wp, corpus);
  made.push(...[...reusable.values()].map((id) => `/wp/v2/blocks/${id}`));
  rig = openRig();
  siteId = await connect(rig, wp);
  for (const fixture of corpus) {
    const content = placeFixture(fixture, { siteUrl: wp.url, media, reusable });
    const slug = `corpus-${fixture.manifest.name}-${u}`;
    const post = await rest<{ id: number; content: { raw: string } }>(wp, 'POST', '/wp/v2/posts', { title: `${fixture.manifest.title} ${u}`, slug, status: 'publish', content });
    // As the admin, kses leaves the content alone: what we test is what the site holds.
    expect(post.content.raw).toBe(content);
    placed.push({ fixture, content, postId: post.id, slug });
    made.push(`/wp/v2/posts/${post.id}`);
  }
  await rig.publishing.sync.sync(siteId);
}, 300_000);

afterAll(async () => {
  for (const line of figures) console.log(line);
  console.log(
    `[round-trip corpus] total: ${totals.modelled} top-level nodes modelled, ${totals.preserved} preserved; images ${totals.imagesIn} in the sources, ${totals.imagesStory} in the stories, ${totals.imagesOut} republished`,
  );
  await rig?.close();
  for (const route of made) await rest(wp, 'DELETE', `${route}?force=true`).catch(() => undefined);
});

describe('the WordPress corpus round-trips through pull and an unchanged publish', () => {
  it.each(corpus.map((fixture) => [fixture.manifest.name]))('%s', async (name) => {
    const entry = placed.find((p) => p.fixture.manifest.name === name)!;
    const story = storyFor(entry.slug);
    const nodes = countNodes(story.body);
    const before = await renderedPage(entry.postId);

    await publishUnchanged(story.id);
    const republished = await rawContent(entry.postId);
    const after = await renderedPage(entry.postId);

    const counts = { in: imgCount(entry.content), story: storyImages(story.body), out: imgCount(republished) };
    totals.modelled += nodes.modelled;
    totals.preserved += nodes.preserved;
    totals.imagesIn += counts.in;
    totals.imagesStory += counts.story;
    totals.imagesOut += counts.out;
    figures.push(`[round-trip corpus] ${name}: ${nodes.modelled} modelled, ${nodes.preserved} preserved; images ${counts.in} in, ${counts.story} in the story, ${counts.out} republished; page images ${before.images.length} → ${after.images.length}`);

    const differences = compareMarkup(entry.content, republished, window);
    expect(differences, describeDifferences(differences)).toEqual([]);
    expect(after.images, 'the page shows the same images').toEqual(before.images);
    expect(after.text, 'the page shows the same words').toBe(before.text);

    // Stability: pulled again and published again unchanged, the post is byte for byte the first result.
    await rig.publishing.sync.sync(siteId);
    await publishUnchanged(storyFor(entry.slug).id);
    expect(await rawContent(entry.postId), 'a second round trip writes what the first wrote').toBe(republished);
  }, 60_000);
});
