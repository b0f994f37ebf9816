import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['renderer', 'shared'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer with Vite unless dist/renderer is newer than every renderer and shared source. */
export async function ensureRendererBuilt(root: string, force = false): Promise<string> {
  const outDir = path.join(root, 'dist', 'renderer');
  const index = path.join(outDir, 'index.html');
  const stale =
    force || !existsSync(index) || SOURCE_DIRS.some((d) => newestMtime(path.join(root, d)) > statSync(index).mtimeMs);
  if (stale) {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  }
  return outDir;
}
