import { CALLBACK_SCHEME } from '../sites/site-authorization';

/**
 * The presswork:// link in a command line, if any. On Windows and Linux the OS starts a second
 * instance with the link as an argument; the single-instance lock hands that argv to the first.
 * Only the first link counts, and nothing that merely mentions the scheme inside a flag.
 */
export function deepLinkFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (arg.toLowerCase().startsWith(`${CALLBACK_SCHEME}://`)) return arg;
  }
  return null;
}
