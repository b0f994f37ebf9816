import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { SecretStore } from './secret-store';

/** The two calls of Electron's safeStorage we need, so this file stays free of Electron. */
export interface Cipher {
  backend(): string;
  isAvailable(): boolean;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** Secrets sealed by the OS keychain (via the cipher) and kept in one file beside the library, never in it. */
export class EncryptedFileSecretStore implements SecretStore {
  private readonly file: string;

  constructor(
    dir: string,
    private readonly cipher: Cipher,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, 'secrets.json');
  }

  async backend() {
    return this.cipher.backend();
  }

  async isAvailable() {
    return this.cipher.isAvailable();
  }

  async set(key: string, secret: string) {
    if (!this.cipher.isAvailable()) throw new Error('The system keychain is not available, so the password was not stored.');
    const all = this.readAll();
    all[key] = Buffer.from(this.cipher.encrypt(secret)).toString('base64');
    this.writeAll(all);
  }

  async get(key: string) {
    const sealed = this.readAll()[key];
    return sealed === undefined ? null : this.cipher.decrypt(Buffer.from(sealed, 'base64'));
  }

  async delete(key: string) {
    const all = this.readAll();
    delete all[key];
    this.writeAll(all);
  }

  private readAll(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    return JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, string>;
  }

  private writeAll(all: Record<string, string>) {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
