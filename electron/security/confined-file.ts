import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads a file that a request resolved to under `root`, or answers null when it does not exist or
 * when a symbolic link takes it outside the folder (the request's own path was already checked;
 * this checks where the disk really leads).
 */
export async function readConfinedFile(root: string, file: string) {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    return await readFile(realFile);
  } catch {
    return null;
  }
}
