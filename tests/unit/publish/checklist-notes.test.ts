import { afterEach, describe, expect, it } from 'vitest';
import { FakeWordPress } from './support/fake-wordpress';
import { addStory, bodyOf, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

describe('the checklist and the story’s notes (#14.8)', () => {
  it('warns about open notes before publishing, counts only those open, and lets Publish anyway go ahead', async () => {
    const site = new FakeWordPress();
    const r = openRig({ fetch: site.fetch });
    rigs.push(r);
    const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
    const storyId = addStory(r.library, 'Turnout record', bodyOf(paragraph('Queues at eight.')), { standfirst: 'Early.', slug: 'turnout-record' });
    const notes = () => r.publishing.publishing.checklist(storyId, siteId).then((list) => list.items.filter((i) => i.id === 'notes'));

    expect(await notes()).toEqual([]);
    r.library.notes.add(storyId, '11111111-1111-4111-8111-111111111111', 'eight', 'Which eight?');
    r.library.notes.add(storyId, '22222222-2222-4222-8222-222222222222', 'Queues', 'Where?');
    expect((await notes()).map((i) => [i.level, i.message])).toEqual([['warning', expect.stringMatching(/^The story has 2 open notes/)]]);
    r.library.notes.setResolved('22222222-2222-4222-8222-222222222222', true);
    expect((await notes())[0]!.message).toMatch(/^The story has 1 open note;/);

    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
  }, 60_000);
});
