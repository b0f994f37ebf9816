import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cipher } from '../../electron/secrets/encrypted-file-store';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where the harness keeps its key: the user's config folder, never the library's data folder. */
export function defaultKeyFile(): string {
  return process.env.PRESSWORK_KEY_FILE ?? path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'presswork', 'harness.key');
}

/**
 * The harness's stand-in for safeStorage: AES-256-GCM under a random key in a 0600 file outside the
 * data folder, so the secrets file beside the library holds no password a copy of that folder could read.
 */
export function keyFileCipher(keyFile: string, backendName = 'harness_key_file'): Cipher {
  const key = loadOrCreateKey(keyFile);
  return {
    backend: () => backendName,
    isAvailable: () => true,
    encrypt: (plain) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    decrypt: (sealed) => {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The bridge's token for a data folder: derived from the harness key (0600, outside the library), so
 * a harness restarted on the same folder takes back the page it served, and only that page, while
 * no other page or user can compute it. Another key or another folder gives another token.
 */
export function bridgeToken(keyFile: string, dataDir: string): string {
  const key = loadOrCreateKey(keyFile);
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `presswork harness bridge token\0${path.resolve(dataDir)}`, 24)).toString('hex');
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile);
    if (key.length !== KEY_BYTES) throw new Error(`${keyFile} is not a Presswork harness key (expected ${KEY_BYTES} bytes). Move it away to start with a new key.`);
    return key;
  }
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  // 'wx': two harnesses starting at once never overwrite each other's key.
  try {
    writeFileSync(keyFile, key, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKey(keyFile);
    throw error;
  }
  return key;
}
