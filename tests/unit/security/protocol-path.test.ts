import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/security/protocol-path';

const root = path.resolve('/srv/renderer');
const get = (url: string, method = 'GET') => resolveAppRequest(root, method, url, 'presswork');

describe('app:// request resolution', () => {
  it('serves files under the renderer root', () => {
    expect(get('app://presswork/index.html')).toMatchObject({ kind: 'file', path: path.join(root, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(get('app://presswork/')).toMatchObject({ kind: 'file', path: path.join(root, 'index.html') });
    expect(get('app://presswork/assets/index-1.js')).toMatchObject({ kind: 'file', path: path.join(root, 'assets/index-1.js') });
  });

  it('answers GET and HEAD only', () => {
    expect(get('app://presswork/index.html', 'POST')).toMatchObject({ kind: 'refuse', status: 405 });
    expect(get('app://presswork/index.html', 'PUT')).toMatchObject({ kind: 'refuse', status: 405 });
    expect(get('app://presswork/index.html', 'HEAD')).toMatchObject({ kind: 'file' });
  });

  it.each([
    'app://presswork/%2e%2e/%2e%2e/etc/passwd',
    'app://presswork/assets/..%2f..%2fetc/passwd',
    'app://presswork/..%5c..%5cwindows',
    'app://presswork/%252e%252e/secret',
    'app://presswork/a%00.html',
    'app://presswork/../../etc/passwd',
  ])('never leaves the root for %s', (url) => {
    const answer = get(url);
    if (answer.kind === 'file') expect(answer.path.startsWith(root + path.sep)).toBe(true);
    else expect([403, 404]).toContain(answer.status);
  });

  it('refuses encoded separators and NUL outright', () => {
    expect(get('app://presswork/assets/..%2f..%2fetc/passwd')).toMatchObject({ kind: 'refuse', status: 403 });
    expect(get('app://presswork/a%00.html')).toMatchObject({ kind: 'refuse', status: 403 });
    expect(get('app://presswork/..%5c..%5cwindows')).toMatchObject({ kind: 'refuse', status: 403 });
  });

  it('refuses other hosts', () => {
    expect(get('app://elsewhere/index.html')).toMatchObject({ kind: 'refuse', status: 403 });
  });
});
