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
