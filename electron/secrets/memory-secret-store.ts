import type { SecretStore } from './secret-store';

/** The test implementation of the safeStorage-backed store: same contract, nothing written to disk. */
export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  constructor(private readonly backendName = 'test') {}

  async backend() {
    return this.backendName;
  }
  async isAvailable() {
    return true;
  }
  async set(key: string, secret: string) {
    this.secrets.set(key, secret);
  }
  async get(key: string) {
    return this.secrets.get(key) ?? null;
  }
  async delete(key: string) {
    this.secrets.delete(key);
  }
}
