import { z } from 'zod';

/** Values a WordPress site sends are untrusted: bounded and typed before they reach a table or the renderer. */
export const MAX_REMOTE_LINK_LENGTH = 2048;
export const MAX_REMOTE_NAME_LENGTH = 200;
export const NO_NAME = '(no name)';

// Built from code points so the source itself holds no control characters.
const CONTROL_CHARACTERS = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}]`, 'g');

/** A JSON object a site sent, to read field by field; anything else (a list, text, null) reads as empty. */
export function remoteRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** An http(s) URL of bounded length, else null. */
export function remoteLink(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_REMOTE_LINK_LENGTH) return null;
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) ? value : null;
}

/** A name trimmed, without control characters and bounded; `(no name)` when nothing readable is left. */
export function remoteName(value: unknown): string {
  if (typeof value !== 'string') return NO_NAME;
  const clean = value.replace(CONTROL_CHARACTERS, '').trim().slice(0, MAX_REMOTE_NAME_LENGTH).trim();
  return clean === '' ? NO_NAME : clean;
}

/** A positive integer id, else null. */
export function remoteId(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** A short string field (status, slug, date), else the empty string. */
export function remoteText(value: unknown, maxLength = MAX_REMOTE_NAME_LENGTH): string {
  return typeof value === 'string' && value.length <= maxLength ? value : '';
}

/** Contract fields fed by a site: a bad value becomes null or `(no name)` instead of failing the answer. */
export const RemoteLinkField = z.unknown().transform(remoteLink);
export const RemoteNameField = z.unknown().transform(remoteName);
