import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToBlockMarkup, type MediaResolver } from '../../../shared/content/wordpress/to-blocks';
import { nodeWindow } from './dom-window';

const window = nodeWindow();

/** Markup the local WordPress 6.1's own block serializer wrote (tests/support/wordpress/serialize-blocks.ts). */
const SAMPLES = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'wp61', 'media-blocks.json'), 'utf8')) as Array<{ label: string; markup: string }>;

/** As the verified pull renders: an attachment is known by its id only, its URL left to the node. */
const attachmentsOnly: MediaResolver = (mediaId) => {
  const id = /^wp-attachment:(\d+)$/.exec(mediaId);
  return id ? { remoteId: Number(id[1]), url: '', alt: '', caption: '', credit: '' } : null;
};

type Node = { type: string; [key: string]: unknown };
const nodesOf = (markup: string): Node[] => wordpressToBody(markup, window).root.children as unknown as Node[];

describe('images, galleries and embeds as WordPress 6.1 saves them', () => {
  it.each(SAMPLES.map((s) => [s.label, s.markup] as const))('%s: read into one node and written back byte for byte', (_label, markup) => {
    const nodes = nodesOf(markup);
    expect(nodes).toHaveLength(1);
    const body = wordpressToBody(markup, window);
    expect(bodyToBlockMarkup(body, attachmentsOnly)).toBe(markup);
    // And again: the second round trip equals the first.
    expect(bodyToBlockMarkup(wordpressToBody(bodyToBlockMarkup(body, attachmentsOnly), window), attachmentsOnly)).toBe(markup);
  });
});
