import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Whether a real Electron binary is on this machine. Read from electron's own path.txt rather than
 * require('electron'), which would try to download one.
 */
export function electronAvailability(): { available: true; executable: string } | { available: false; reason: string } {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return { available: false, reason: 'no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same specs run against the harness in Chromium.' };
  }
  const executable = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { available: false, reason: `Electron's binary is missing at ${executable}.` };
  return { available: true, executable };
}
