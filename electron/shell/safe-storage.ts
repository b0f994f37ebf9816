import { safeStorage } from 'electron';
import type { Cipher } from '../secrets/encrypted-file-store';

/** Electron's safeStorage behind the Cipher interface the secret store is written against. */
export const safeStorageCipher: Cipher = {
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os_keychain'),
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
};
