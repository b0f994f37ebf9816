import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptedFileSecretStore } from '../../../electron/secrets/encrypted-file-store';
import { keyFileCipher } from '../../harness/key-file-cipher';
import { tempDir } from '../support/temp-core';

describe('the harness keeps site credentials as the app does', () => {
  it('seals them in a file beside the library, readable after a restart, with the key outside the data folder', async () => {
    const data = tempDir();
    const keyFile = path.join(tempDir(), 'config', 'harness.key');
    const password = 'abcd EFGH 1234 ijkl MNOP 5678';
    await new EncryptedFileSecretStore(data, keyFileCipher(keyFile)).set('site:1', password);

    const onDisk = readFileSync(path.join(data, 'secrets.json'), 'utf8');
    expect(onDisk).not.toContain(password);
    expect(onDisk).not.toContain(Buffer.from(password).toString('base64'));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    // A new process: a new cipher from the same key file.
    const restarted = new EncryptedFileSecretStore(data, keyFileCipher(keyFile));
    expect(await restarted.get('site:1')).toBe(password);
    expect(await restarted.backend()).toBe('harness_key_file');
  });

  it('a copy of the data folder alone reveals nothing: another key cannot open it', async () => {
    const data = tempDir();
    await new EncryptedFileSecretStore(data, keyFileCipher(path.join(tempDir(), 'a.key'))).set('site:1', 'secret words');
    const stranger = new EncryptedFileSecretStore(data, keyFileCipher(path.join(tempDir(), 'b.key')));
    await expect(stranger.get('site:1')).rejects.toThrow();
  });

  it('refuses a key file that is not one, saying what to do', () => {
    const keyFile = path.join(tempDir(), 'odd.key');
    writeFileSync(keyFile, 'not a key');
    expect(() => keyFileCipher(keyFile)).toThrow(/not a Presswork harness key.*Move it away/);
  });
});
