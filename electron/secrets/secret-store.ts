/**
 * Credentials (application passwords) never touch SQLite. The Electron shell implements this with
 * safeStorage; tests and the harness use an in-memory implementation with the same contract.
 */
export interface SecretStore {
  /** Which OS backend protects secrets; 'basic_text' means effectively unprotected (Linux without a keyring). */
  backend(): Promise<string>;
  isAvailable(): Promise<boolean>;
  set(key: string, secret: string): Promise<void>;
  get(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
}
