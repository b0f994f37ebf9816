import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMarkup } from '../../../shared/content/wordpress/block-equivalence';
import { galleryFromWordPress } from '../../../shared/content/nodes/gallery/gallery-from-wordpress';
import { galleryToWordPress } from '../../../shared/content/nodes/gallery/gallery-to-wordpress';
import { imageFromWordPress } from '../../../shared/content/nodes/image/image-from-wordpress';
import { imageToWordPress } from '../../../shared/content/nodes/image/image-to-wordpress';
import type { ImportContext } from '../../../shared/content/wordpress/block-import-context';
import type { BlockRenderContext, StoryNodeRenderer } from '../../../shared/content/wordpress/block-render-context';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToBlockMarkup, type MediaResolver } from '../../../shared/content/wordpress/to-blocks';
import { nodeWindow } from './dom-window';

const window = nodeWindow();

/** Markup the local WordPress 6.1's own block serializer wrote (tests/support/wordpress/serialize-blocks.ts). */
const SAMPLES = samples('media-blocks.json');
/** Older forms (5.x) written from their save functions, each checked valid by the real 6.1 editor (serialize-blocks.ts --validate). */
const LEGACY = samples('legacy-media-blocks.json');

function samples(name: string): Array<{ label: string; markup: string }> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', 'wp61', name), 'utf8')) as Array<{ label: string; markup: string }>;
}

/** As the verified pull renders: an attachment is known by its id only, its URL left to the node. */
const attachmentsOnly: MediaResolver = (mediaId) => {
  const id = /^wp-attachment:(\d+)$/.exec(mediaId);
  return id ? { remoteId: Number(id[1]), url: '', alt: '', caption: '', credit: '' } : null;
};

type Node = { type: string; [key: string]: unknown };
const nodesOf = (markup: string): Node[] => wordpressToBody(markup, window).root.children as unknown as Node[];

describe('images, galleries and embeds as WordPress 6.1 saves them', () => {
  it.each([...SAMPLES, ...LEGACY].map((s) => [s.label, s.markup] as const))('%s: read into one node and written back byte for byte', (_label, markup) => {
    const nodes = nodesOf(markup);
    expect(nodes).toHaveLength(1);
    const body = wordpressToBody(markup, window);
    expect(compareMarkup(markup, bodyToBlockMarkup(body, attachmentsOnly), window)).toEqual([]);
    expect(bodyToBlockMarkup(body, attachmentsOnly)).toBe(markup);
    // And again: the second round trip equals the first.
    expect(bodyToBlockMarkup(wordpressToBody(bodyToBlockMarkup(body, attachmentsOnly), window), attachmentsOnly)).toBe(markup);
  });
});

/** What the classic editor stores (no block comments), chunk by chunk as the verified pull cuts classic content. */
const CLASSIC: Array<[string, string]> = [
  [
    'captioned, linked, with an attachment',
    '[caption id="attachment_5" align="alignright" width="300"]<a href="http://wp.test/a.jpg"><img class="size-medium wp-image-5 alignright" src="http://wp.test/a-300x200.jpg" alt="Harbour" width="300" height="200" /></a> Boats at <em>dawn</em>[/caption]',
  ],
  ['captioned wire photo, no attachment, no class', '[caption id="" align="alignnone" width="640"]<img src="https://ap.example.com/p.jpg" alt="" width="640" height="427" /> Wire photo[/caption]'],
  ['caption in the shortcode attribute', '[caption id="attachment_6" align="aligncenter" width="500" caption="In the attribute"]<img class="size-full wp-image-6" src="http://wp.test/c.jpg" alt="" width="500" height="300" />[/caption]'],
  ['bare aligned thumbnail', '<img class="alignleft size-thumbnail wp-image-9" src="http://wp.test/t-150x150.jpg" alt="" width="150" height="150" />'],
  ['linked image', '<a href="https://example.com/"><img class="aligncenter size-full wp-image-10" src="http://wp.test/full.jpg" alt="Logo" width="800" height="200" /></a>'],
];

const CLASSIC_GALLERIES: Array<[string, string]> = [
  ['gallery by ids', '[gallery ids="1,2,3" columns="2" link="file"]'],
  ['gallery of attached images', '[gallery columns="4"]'],
];

function importContext(): ImportContext {
  return { window, options: {}, footnotes: { texts: new Map(), listBlocks: new Set(), listElements: false }, captions: [] };
}
const classicContext: BlockRenderContext = { media: attachmentsOnly, footnotes: [], footnoteFormat: 'list', classicForm: true };
const render = (renderer: StoryNodeRenderer, node: Node) => (renderer.placement === 'block' ? renderer.render(node, classicContext) : '');

describe('classic images and galleries', () => {
  it.each(CLASSIC)('%s: read into one image and written back as the classic editor wrote it', (_label, chunk) => {
    const nodes = imageFromWordPress.fromClassicChunk!(chunk, importContext()) as Node[];
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.src).not.toBe('');
    expect(compareMarkup(chunk, render(imageToWordPress, nodes[0]!) ?? '', window)).toEqual([]);
    expect(render(imageToWordPress, nodes[0]!)).toBe(chunk);
  });

  it('an edited image is not equivalent to what the site had: the guard would see the change', () => {
    const [sample] = SAMPLES;
    const body = wordpressToBody(sample!.markup, window);
    const image = body.root.children[0] as unknown as Node;
    const edited = { ...body, root: { ...body.root, children: [{ ...image, altText: 'Changed' }] } } as typeof body;
    expect(compareMarkup(sample!.markup, bodyToBlockMarkup(edited, attachmentsOnly), window)).not.toEqual([]);
  });

  it('keeps the caption, alignment, size, link and attachment of a [caption] image', () => {
    const [node] = imageFromWordPress.fromClassicChunk!(CLASSIC[0]![1], importContext()) as Node[];
    expect(node).toMatchObject({ mediaId: 'wp-attachment:5', caption: 'Boats at dawn', align: 'right', sizeSlug: 'medium', width: 300, height: 200, href: 'http://wp.test/a.jpg', form: 'classic' });
    const [wire] = imageFromWordPress.fromClassicChunk!(CLASSIC[1]![1], importContext()) as Node[];
    expect(wire).toMatchObject({ mediaId: '', src: 'https://ap.example.com/p.jpg', caption: 'Wire photo' });
  });

  it('writes an edited caption in place of the published one, and a new image in the classic editor’s form', () => {
    const [node] = imageFromWordPress.fromClassicChunk!(CLASSIC[0]![1], importContext()) as Node[];
    expect(render(imageToWordPress, { ...node!, caption: 'Boats & nets' })).toBe(
      '[caption id="attachment_5" align="alignright" width="300"]<a href="http://wp.test/a.jpg"><img class="size-medium wp-image-5 alignright" src="http://wp.test/a-300x200.jpg" alt="Harbour" width="300" height="200" /></a> Boats &amp; nets[/caption]',
    );
    const fresh: Node = { type: 'image', mediaId: 'wp-attachment:8', src: 'http://wp.test/n.jpg', caption: 'New', altText: 'N', sizeSlug: 'large', align: 'left' };
    expect(render(imageToWordPress, fresh)).toBe('[caption id="attachment_8" align="alignleft"]<img class="alignleft size-large wp-image-8" src="http://wp.test/n.jpg" alt="N" /> New[/caption]');
  });

  it.each(CLASSIC_GALLERIES)('%s: read into one gallery and written back as it was', (_label, chunk) => {
    const nodes = galleryFromWordPress.fromClassicChunk!(chunk, importContext()) as Node[];
    expect(nodes).toHaveLength(1);
    expect(render(galleryToWordPress, nodes[0]!)).toBe(chunk);
  });

  it('writes the ids of the images left in a shortcode gallery', () => {
    const [node] = galleryFromWordPress.fromClassicChunk!(CLASSIC_GALLERIES[0]![1], importContext()) as Array<Node & { images: unknown[] }>;
    expect(node!.images).toHaveLength(3);
    expect(render(galleryToWordPress, { ...node!, images: node!.images.slice(1) })).toBe('[gallery ids="2,3" columns="2" link="file"]');
  });

  it('leaves out what it cannot read exactly, for the pull to keep as it is', () => {
    expect(imageFromWordPress.fromClassicChunk!('<img src="javascript:alert(1)" alt="" />', importContext())).toEqual([]);
    expect(imageFromWordPress.fromClassicChunk!('Some text with <img src="a.jpg"> inside', importContext())).toBeNull();
    expect(nodesOf('<!-- wp:image -->\n<figure class="wp-block-image"><img src="data:image/png;base64,AAAA" alt=""/></figure>\n<!-- /wp:image -->').filter((n) => n.type === 'image')).toEqual([]);
  });
});
