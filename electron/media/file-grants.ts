import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserFacingError } from '../../shared/contract/result';

export interface FileGrant {
  token: string;
  name: string;
}

const LIFETIME_MS = 10 * 60_000;

/**
 * Files the user chose in a native dialog (or dropped), handed to the renderer as opaque tokens:
 * the renderer can import what the user picked, never name a path of its own. A token is good once,
 * for ten minutes.
 */
export class FileGrants {
  private readonly granted = new Map<string, { path: string; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Main-process only: the shell calls this with the paths the OS gave it. */
  grant(paths: string[]): FileGrant[] {
    this.sweep();
    return paths.map((file) => {
      const token = randomBytes(16).toString('hex');
      this.granted.set(token, { path: file, expires: this.now() + LIFETIME_MS });
      return { token, name: path.basename(file) };
    });
  }

  /** The paths behind these tokens, each usable once; refuses the whole call if any is unknown or spent. */
  take(tokens: string[]): string[] {
    this.sweep();
    if (tokens.some((t) => !this.granted.has(t))) {
      throw new UserFacingError('forbidden', 'Those files were not chosen in Presswork’s file dialog (or were chosen too long ago). Choose them again.');
    }
    return tokens.map((t) => {
      const { path: file } = this.granted.get(t)!;
      this.granted.delete(t);
      return file;
    });
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, grant] of this.granted) if (grant.expires <= now) this.granted.delete(token);
  }
}
