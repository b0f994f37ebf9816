import { describe, expect, it } from 'vitest';
import { imagesMissingAltText, storyMediaIds } from '../../../shared/media/alt-text-check';
import { mediaReferences } from '../../../shared/media/media-references';

const image = (mediaId: string, altText = '') => ({ type: 'image', version: 1, mediaId, caption: '', credit: '', altText });
const body = (...children: unknown[]) => ({ root: { type: 'root', children } });
const library: Record<string, { alt: string; filename: string }> = {
  a: { alt: '', filename: 'a.jpg' },
  b: { alt: 'A described image', filename: 'b.jpg' },
  c: { alt: '   ', filename: 'c.jpg' },
};

describe('imagesMissingAltText', () => {
  it('lists body images and the featured image that have no alt text on the node or in the library', () => {
    const story = {
      body: body(image('a'), { type: 'paragraph', children: [] }, image('b'), { type: 'quote', children: [image('c')] }, image('a', 'Alt on the node')),
      featuredImageId: 'c',
    };
    expect(imagesMissingAltText(story, (id) => library[id])).toEqual([
      { mediaId: 'a', where: 'body', filename: 'a.jpg' },
      { mediaId: 'c', where: 'body', filename: 'c.jpg' },
      { mediaId: 'c', where: 'featured', filename: 'c.jpg' },
    ]);
  });

  it('is empty when every image is described', () => {
    expect(imagesMissingAltText({ body: body(image('b'), image('a', 'Node alt')), featuredImageId: 'b' }, (id) => library[id])).toEqual([]);
  });

  it('reports an image whose library item is gone, with no filename', () => {
    expect(imagesMissingAltText({ body: body(image('gone')) }, (id) => library[id])).toEqual([{ mediaId: 'gone', where: 'body', filename: null }]);
  });

  it('collects the ids to look up, once each', () => {
    expect(storyMediaIds({ body: body(image('a'), image('b'), image('a')), featuredImageId: 'c' })).toEqual(['a', 'b', 'c']);
    expect(mediaReferences(body({ type: 'table', children: [{ type: 'row', children: [image('z')] }] })).map((r) => r.mediaId)).toEqual(['z']);
  });
});
