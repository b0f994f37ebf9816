import { afterEach, describe, expect, it } from 'vitest';
import { addImage, addStory, bodyOf, heading, imageNode, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

describe('preview', () => {
  it('renders the story as the site will, with images from the app’s own origin and no block comments', async () => {
    const r = openRig();
    rigs.push(r);
    const img = await addImage(r, { alt: 'A ballot box', caption: 'Counting' });
    const storyId = addStory(r.library, 'Preview me', bodyOf(paragraph('First <b>words</b>.'), heading('Then'), imageNode(img.id, 'Counting')), { standfirst: 'Standfirst.' });
    const preview = r.publishing.publishing.preview(storyId);
    expect(preview.title).toBe('Preview me');
    expect(preview.standfirst).toBe('Standfirst.');
    expect(preview.html).not.toContain('<!--');
    expect(preview.html).toContain('First &lt;b&gt;words&lt;/b&gt;.');
    expect(preview.html).toContain('<h2');
    expect(preview.html).toContain(`src="/media/${img.sha256}/w1600.jpg"`);
    expect(preview.html).toContain('alt="A ballot box"');
  }, 60_000);

  it('says why a story whose image left the library cannot be previewed', async () => {
    const r = openRig();
    rigs.push(r);
    const storyId = addStory(r.library, 'Broken', bodyOf(imageNode('00000000-0000-4000-8000-000000000000')));
    expect(() => r.publishing.publishing.preview(storyId)).toThrow(/No preview/);
  });
});
