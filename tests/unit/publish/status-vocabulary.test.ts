import { afterEach, describe, expect, it } from 'vitest';
import { hasUnpublishedChanges, siteStatusLabel, STATUS_LABELS } from '../../../shared/story/status-vocabulary';
import { FakeWordPress } from './support/fake-wordpress';
import { addStory, bodyOf, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

async function publishedStory(status: 'publish' | 'draft') {
  const site = new FakeWordPress();
  const r = openRig({ fetch: site.fetch });
  rigs.push(r);
  const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
  const storyId = addStory(r.library, 'Turnout record', bodyOf(paragraph('Queues at eight.')), { standfirst: 'Early.', slug: 'turnout-record' });
  const publish = async (as: 'publish' | 'draft' = status) => {
    const job = await r.publishing.publishing.publish({ storyId, siteId, status: as, overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
  };
  await publish();
  const edit = (text: string, slug?: string) => {
    const story = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: story.headline, body: bodyOf(paragraph(text)), fields: { ...story.fields, slug: slug ?? story.fields.slug } });
  };
  /** The mark as the list row, the copy desk and the publishing panel each have it. */
  const marks = () => [r.library.list.row(storyId).unpublishedChanges, r.library.desk.state(storyId).unpublishedChanges, r.publishing.publishing.state(storyId).remotes[0]!.unpublishedChanges];
  return { site, r, siteId, storyId, publish, edit, marks };
}

describe('one status vocabulary (#14.11)', () => {
  it('names a site’s statuses with the story’s own words, never WordPress’s', () => {
    expect(['publish', 'future', 'draft', 'pending', 'trash', null].map(siteStatusLabel)).toEqual([
      STATUS_LABELS.published,
      STATUS_LABELS.scheduled,
      STATUS_LABELS.draft,
      'Pending review',
      'In the trash',
      'Not on the site',
    ]);
    expect(hasUnpublishedChanges('publish', 3, 4)).toBe(true);
    expect(hasUnpublishedChanges('future', 3, 4)).toBe(true);
    expect(hasUnpublishedChanges('draft', 3, 4)).toBe(false);
    expect(hasUnpublishedChanges('publish', 4, 4)).toBe(false);
    expect(hasUnpublishedChanges('publish', null, 4)).toBe(false);
  });

  it('marks a live story edited since its last publish, the same in the list, on the desk and in the panel, until it is published again', async () => {
    const { r, storyId, publish, edit, marks } = await publishedStory('publish');
    expect(r.library.list.row(storyId).status).toBe('published');
    expect(marks()).toEqual([false, false, false]);
    edit('Queues at seven.');
    expect(marks()).toEqual([true, true, true]);
    await publish();
    expect(marks()).toEqual([false, false, false]);
  });

  it('does not mark a story whose post on the site is only a draft', async () => {
    const { edit, marks } = await publishedStory('draft');
    edit('Queues at seven.');
    expect(marks()).toEqual([false, false, false]);
  });

  it('moves a live address only to the story’s own slug, after the checklist asked (#14.11)', async () => {
    const { site, r, siteId, storyId, publish, edit } = await publishedStory('publish');
    const postId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;
    expect(r.publishing.publishing.state(storyId).remotes[0]!.slug).toBe('turnout-record');
    expect((await r.publishing.publishing.checklist(storyId, siteId)).items.map((i) => i.id)).not.toContain('slug-change');

    // A story without a slug of its own keeps its post's (a site's slug may be one the field cannot hold).
    edit('Queues at six.', '');
    const kept = await r.publishing.publishing.checklist(storyId, siteId);
    expect(kept.slug).toBe('turnout-record');
    expect(kept.items.map((i) => i.id)).not.toContain('slug-change');
    await publish();
    expect(site.posts.get(postId)!.slug).toBe('turnout-record');

    edit('Queues at seven.', 'turnout-record-broken');
    const list = await r.publishing.publishing.checklist(storyId, siteId);
    expect(list.slug).toBe('turnout-record-broken');
    expect(list.items.find((i) => i.id === 'slug-change')).toMatchObject({ level: 'warning', message: expect.stringContaining('from “turnout-record” to “turnout-record-broken”') });
    await expect(r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: false })).rejects.toThrow(/live address/);
    await publish();
    expect(site.posts.get(postId)!.slug).toBe('turnout-record-broken');
    expect(r.publishing.publishing.state(storyId).remotes[0]!.slug).toBe('turnout-record-broken');
  });
});
