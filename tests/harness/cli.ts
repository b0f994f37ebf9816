import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/core';
import { UserFacingError } from '../../shared/contract/result';
import { EncryptedFileSecretStore } from '../../electron/secrets/encrypted-file-store';
import { bridgeToken, defaultKeyFile, keyFileCipher } from './key-file-cipher';
import { startHarnessServer } from './harness-server';
import { ensureRendererBuilt } from './renderer-build';

// npm run harness -- --port 5199 --data /some/dir [--rebuild]
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5199' },
    data: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
  },
});
if (!values.data) {
  console.error('usage: npm run harness -- --port 5199 --data /path/to/data-folder [--rebuild]');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = await ensureRendererBuilt(root, values.rebuild);
const dataDir = path.resolve(values.data);
const core = startCore();

function startCore() {
  try {
    return createCore({
      dataDir,
      shell: 'harness',
      version: process.env.npm_package_version ?? '0.0.0',
      // Sealed in a file beside the library, as the app keeps them; the key lives in the user's config folder.
      secrets: new EncryptedFileSecretStore(dataDir, keyFileCipher(defaultKeyFile(), process.env.PRESSWORK_SECRET_BACKEND)),
    });
  } catch (error) {
    // A storage failure arrives as a sentence; say it, not a stack.
    if (!(error instanceof UserFacingError)) throw error;
    console.error(`Presswork could not start: ${error.message}`);
    process.exit(1);
  }
}
// Derived, not drawn per run: a page whose harness was stopped and started again reconnects and saves what it kept.
const token = bridgeToken(defaultKeyFile(), dataDir);
const server = await startHarnessServer(core, { port: Number(values.port), rendererDir, token });
console.log(`Presswork harness ready at ${server.url} (data: ${dataDir})`);

const stop = async () => {
  await server.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
