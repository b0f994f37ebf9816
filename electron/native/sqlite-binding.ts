import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is a native addon and Node and Electron speak different ABIs. The tests load
 * node_modules' own build (compiled for Node by `npm ci`); the app loads a second build, made for
 * Electron's ABI by scripts/electron-native.mjs into .native/ and shipped unpacked beside the asar.
 * Neither build overwrites the other, so nobody rebuilds by hand when switching between them.
 */
export function electronBindingPath(root: string, modulesAbi: string): string {
  return path.join(root, '.native', `electron-abi${modulesAbi}`, 'better_sqlite3.node');
}

export function chooseSqliteBinding(options: {
  /** process.versions.electron: undefined under plain Node. */
  electronVersion: string | undefined;
  modulesAbi: string;
  searchRoots: string[];
}): string | undefined {
  if (!options.electronVersion) return undefined;
  for (const root of options.searchRoots) {
    const candidate = electronBindingPath(root, options.modulesAbi);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `No better-sqlite3 build for Electron (ABI ${options.modulesAbi}) was found. Run "npm start" once, which builds it, or "node scripts/electron-native.mjs".`,
  );
}
