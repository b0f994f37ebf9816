import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMediaRequest } from '../../../electron/media/media-url';
import { mediaUrl } from '../../../shared/media/renditions';

const root = '/data/media';
const sha = 'ab'.repeat(32);

describe('resolveMediaRequest', () => {
  it('maps a rendition URL into the item’s content-addressed folder', () => {
    expect(resolveMediaRequest(root, 'GET', mediaUrl(sha, 'thumb'))).toEqual({
      kind: 'file',
      path: path.join(root, 'ab', sha, 'thumb.webp'),
      mime: 'image/webp',
    });
    expect(resolveMediaRequest(root, 'HEAD', `/media/${sha}/w800.jpg`)).toMatchObject({ kind: 'file', mime: 'image/jpeg' });
  });

  it.each([
    `/media/${sha}/../../library.sqlite`,
    `/media/../library.sqlite`,
    `/media/%2e%2e/library.sqlite`,
    `/media/${sha}/..%2f..%2flibrary.sqlite`,
    `/media/${sha}/%2e%2e%2f%2e%2e%2flibrary.sqlite`,
    `/media/${sha}/..\\..\\library.sqlite`,
    `/media/${sha}/thumb.webp%00.png`,
    `/media/${sha}//thumb.webp`,
    `/media/${sha}/original.jpg`,
    `/media/${sha}/secret.webp`,
    `/media/${sha.toUpperCase()}/thumb.webp`,
    `/media/${sha.slice(1)}/thumb.webp`,
    `/media/ab/${sha}/thumb.webp`,
    `/media/.tmp/upload.part`,
    `/media/`,
    `/etc/passwd`,
  ])('refuses %s', (pathname) => {
    const answer = resolveMediaRequest(root, 'GET', pathname);
    expect(answer.kind).toBe('refuse');
  });

  it('refuses writes', () => {
    expect(resolveMediaRequest(root, 'POST', mediaUrl(sha, 'thumb'))).toEqual({ kind: 'refuse', status: 405 });
  });

  it('never resolves outside the media folder, whatever the path', () => {
    const alphabet = ['a', 'b', '0', '.', '/', '%', '2', 'e', 'f', '\\', 'thumb.webp', sha, '..'];
    for (let i = 0; i < 2000; i++) {
      let p = '/media/';
      const n = 1 + (i % 9);
      for (let k = 0; k < n; k++) p += alphabet[(i * 31 + k * 17) % alphabet.length];
      const answer = resolveMediaRequest(root, 'GET', p);
      if (answer.kind === 'file') expect(answer.path.startsWith(root + path.sep)).toBe(true);
    }
  });
});
