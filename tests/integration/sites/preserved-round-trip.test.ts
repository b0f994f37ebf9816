import { afterEach, describe, expect, it } from 'vitest';
import { wordpressEnv } from '../../support/wordpress/env';
import { connect, openRig, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

type Post = { id: number; modified_gmt: string; content: { raw: string } };
const storyOf = (r: Rig, remoteId: number) => {
  const row = r.db.prepare('SELECT story_id FROM story_remote WHERE remote_id = ?').get(remoteId) as { story_id: string } | undefined;
  return row ? r.library.stories.get(row.story_id) : null;
};

describe('blocks Presswork does not model, through the real WordPress', () => {
  it('syncs columns, a reusable block, raw HTML with an iframe and a third-party block in, and publishes the post back byte for byte', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const reusable = await rest<{ id: number }>(wp, 'POST', '/wp/v2/blocks', { title: `Newsletter box ${u}`, status: 'publish', content: '<!-- wp:paragraph -->\n<p>Sign up for our newsletter.</p>\n<!-- /wp:paragraph -->' }, wp.appPassword2);
    const content = [
      '<!-- wp:paragraph -->\n<p>The council met on Tuesday.</p>\n<!-- /wp:paragraph -->',
      '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>For: 7</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Against: 2</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->',
      `<!-- wp:block {"ref":${reusable.id}} /-->`,
      '<!-- wp:html -->\n<iframe src="https://maps.example.com/embed?harbour=1" width="600" height="400" loading="lazy"></iframe>\n<!-- /wp:html -->',
      '<!-- wp:acme/chart {"series":[7,2],"title":"Vote"} -->\n<div class="wp-block-acme-chart" data-series="7,2">Vote: 7 for, 2 against</div>\n<!-- /wp:acme/chart -->',
      '<!-- wp:paragraph -->\n<p>The plan goes ahead.</p>\n<!-- /wp:paragraph -->',
    ].join('\n\n');
    const post = await rest<Post>(wp, 'POST', '/wp/v2/posts?context=edit', { title: `Harbour vote ${u}`, content, status: 'publish', slug: `harbour-vote-${u}` }, wp.appPassword2);
    // What the site holds after its own save filters (the account has unfiltered_html, so nothing is stripped).
    const before = (await rest<Post>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`)).content.raw;

    await r.publishing.sync.sync(siteId);
    const story = storyOf(r, post.id)!;
    const kinds = (story.body.root.children as Array<{ type: string; label?: string }>).map((n) => (n.type === 'preserved-block' ? `kept ${n.label}` : n.type));
    expect(kinds).toEqual(['paragraph', 'kept Columns', 'kept Reusable block', 'kept Custom HTML', 'kept acme/chart', 'paragraph']);
    const checklist = await r.publishing.publishing.checklist(story.id, siteId);
    expect(checklist.items.filter((i) => i.id.startsWith('pull') || i.id.startsWith('preserved'))).toEqual([]);

    // Published unchanged: the site's content.raw is byte-identical.
    const job = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'publish', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    const after = (await rest<Post>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`)).content.raw;
    expect(after).toBe(before);
    // The page WordPress renders still has the frame, the reusable block's words and the chart.
    const rendered = await rest<{ content: { rendered: string } }>(wp, 'GET', `/wp/v2/posts/${post.id}`);
    expect(rendered.content.rendered).toContain('maps.example.com/embed');
    expect(rendered.content.rendered).toContain('Against: 2');
    expect(rendered.content.rendered).toContain('Sign up for our newsletter.');
  }, 120_000);

  it('refuses to publish kept markup that was not pulled from the site for that story', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const post = await rest<Post>(wp, 'POST', '/wp/v2/posts?context=edit', { title: `Planted ${u}`, content: '<!-- wp:paragraph -->\n<p>Words.</p>\n<!-- /wp:paragraph -->', status: 'draft', slug: `planted-${u}` }, wp.appPassword2);
    await r.publishing.sync.sync(siteId);
    const story = storyOf(r, post.id)!;
    // A body written around the editor (another program, a hostile paste) carrying raw script.
    const planted = { type: 'preserved-block', version: 1, blockName: 'core/html', markup: '<!-- wp:html -->\n<script>steal()</script>\n<!-- /wp:html -->', label: 'Custom HTML', text: '' };
    const body = { root: { ...story.body.root, children: [...story.body.root.children, planted] } } as typeof story.body;
    r.library.stories.save({ id: story.id, headline: story.headline, body, fields: story.fields });
    const checklist = await r.publishing.publishing.checklist(story.id, siteId);
    expect(checklist.items.find((i) => i.id === 'preserved-unpulled')).toMatchObject({ level: 'blocker' });
    await expect(r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'draft', overrideWarnings: true })).rejects.toThrow(/not pulled from this site/);
    expect((await rest<Post>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`)).content.raw).not.toContain('steal');
  }, 120_000);

  it('writes a classic post back classic', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const content = 'First paragraph of an archive post.\n\n<div class="pullout">A pull-out\n\nin a div</div>\n\n[gallery ids="1,2"]\n\nLast paragraph.';
    const post = await rest<Post>(wp, 'POST', '/wp/v2/posts?context=edit', { title: `Archive ${u}`, content, status: 'draft', slug: `archive-${u}` }, wp.appPassword2);
    await r.publishing.sync.sync(siteId);
    const story = storyOf(r, post.id)!;
    const job = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    const after = (await rest<Post>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`)).content.raw;
    expect(after).not.toContain('<!-- wp:');
    expect(after).toBe(content);
  }, 120_000);
});
