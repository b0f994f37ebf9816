import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfinedFile } from '../../../electron/security/confined-file';
import { tempDir } from '../support/temp-core';

describe('files served from the app folder and the media folder', () => {
  it('are read when they are really inside the folder, links within it included', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'assets', 'app.js'), 'ok');
    symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
    expect(String(await readConfinedFile(root, path.join(root, 'assets', 'app.js')))).toBe('ok');
    expect(String(await readConfinedFile(root, path.join(root, 'alias.js')))).toBe('ok');
    // The folder itself may be reached through a link (macOS's /tmp is one).
    const linkedRoot = path.join(tempDir(), 'linked');
    symlinkSync(root, linkedRoot);
    expect(String(await readConfinedFile(linkedRoot, path.join(linkedRoot, 'assets', 'app.js')))).toBe('ok');
  });

  it('are refused when a link, of a file or of a folder, leads outside it', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'library.sqlite'), 'secret');
    symlinkSync(path.join(outside, 'library.sqlite'), path.join(root, 'thumb.webp'));
    symlinkSync(outside, path.join(root, 'ab'));
    expect(await readConfinedFile(root, path.join(root, 'thumb.webp'))).toBeNull();
    expect(await readConfinedFile(root, path.join(root, 'ab', 'library.sqlite'))).toBeNull();
    expect(await readConfinedFile(root, path.join(root, 'missing.js'))).toBeNull();
  });
});
