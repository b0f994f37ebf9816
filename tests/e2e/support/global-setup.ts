import path from 'node:path';
import { ensureRendererBuilt } from '../../harness/renderer-build';

export default async function globalSetup() {
  await ensureRendererBuilt(path.resolve(import.meta.dirname, '..', '..', '..'));
}
