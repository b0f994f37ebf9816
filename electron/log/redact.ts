/**
 * What an error may say in the log. Messages can quote what a user typed or a site answered
 * (“…” in Presswork's own messages, a remote message in quotes), and a failed request can carry
 * an Authorization header or a password field: quoted text and credentials are replaced, and the
 * rest is cut short. Stack frames name only files and functions, so they stay.
 */
export function redact(text: string, maxLength = 300): string {
  const redacted = text
    .replace(/“[^”]*”|‘[^’]*’|"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g, '‹…›')
    .replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]+/gi, '$1 ‹…›')
    .replace(/\b(password|passwd|secret|token|authorization)(\s*[=:]\s*)\S+/gi, '$1$2‹…›');
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength)}…` : redacted;
}

/** An error as one log field set: its class, its code when it has one, its redacted message and its stack frames. */
export function errorFields(error: unknown): { error: string; code: string | null; message: string; stack: string } {
  if (!(error instanceof Error)) return { error: typeof error, code: null, message: '', stack: '' };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim())
    .join(' | ');
  return { error: error.name, code: typeof code === 'string' || typeof code === 'number' ? String(code) : null, message: redact(error.message), stack: frames };
}
