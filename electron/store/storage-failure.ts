import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../shared/contract/result';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_TRUNCATE']);
const NOT_WRITABLE = /^(SQLITE_READONLY|SQLITE_CANTOPEN|EACCES|EPERM|EROFS)/;

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/**
 * A storage failure (full disk, a library folder that cannot be written) as a sentence saying what
 * happened and what to do; null for anything else, which stays an internal error.
 */
export function storageFailure(error: unknown, dataDir: string): UserFacingError | null {
  if (error instanceof UserFacingError) return null;
  const code = codeOf(error);
  if (code === null) return null;
  if (DISK_FULL.has(code) || (code.startsWith('SQLITE_IOERR') && /disk|space|full/i.test(String((error as Error).message))))
    return new UserFacingError(
      'storage',
      'The disk holding your library is full. Free some space; your words stay in the editor and are saved as soon as there is room.',
    );
  if (NOT_WRITABLE.test(code))
    return new UserFacingError('storage', `Presswork cannot write to its library folder (${dataDir}): check its permissions.`);
  if (code.startsWith('SQLITE_IOERR'))
    return new UserFacingError('storage', `Presswork could not read or write its library folder (${dataDir}): check the disk it is on.`);
  return null;
}

/** The nearest part of `dir` that exists, or null. */
function nearestExisting(dir: string): { at: string; isFolder: boolean } | null {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      return { at, isFolder: statSync(at).isDirectory() };
    } catch {
      if (path.dirname(at) === at) return null;
    }
  }
}

/**
 * Why the library folder could not be created, as a sentence. Node's recursive mkdir reports a
 * read-only disk as ENOENT, so the path is looked at: a file in the way, or a folder that cannot
 * be written.
 */
export function libraryFolderFailure(error: unknown, dataDir: string): UserFacingError | null {
  const code = codeOf(error);
  if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EEXIST') return storageFailure(error, dataDir);
  const existing = nearestExisting(dataDir);
  if (existing && !existing.isFolder)
    return new UserFacingError(
      'storage',
      `Presswork cannot create its library folder (${dataDir}): ${existing.at} is a file, not a folder. Move that file, or choose another folder with PRESSWORK_DATA_DIR.`,
    );
  try {
    if (existing) accessSync(existing.at, constants.W_OK);
  } catch {
    return new UserFacingError('storage', `Presswork cannot write to its library folder (${dataDir}): check its permissions.`);
  }
  return new UserFacingError('storage', `Presswork cannot create its library folder (${dataDir}). Choose another folder with PRESSWORK_DATA_DIR.`);
}
