import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/core';
import { MemorySecretStore } from '../../electron/secrets/memory-secret-store';
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
const core = createCore({
  dataDir: path.resolve(values.data),
  shell: 'harness',
  version: process.env.npm_package_version ?? '0.0.0',
  secrets: new MemorySecretStore(process.env.PRESSWORK_SECRET_BACKEND ?? 'test'),
});
const server = await startHarnessServer(core, { port: Number(values.port), rendererDir });
console.log(`Presswork harness ready at ${server.url} (data: ${path.resolve(values.data)})`);

const stop = async () => {
  await server.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
