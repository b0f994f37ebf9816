import { remoteId, remoteName, remoteRecord, remoteText } from '../../shared/contract/remote-values';
import { decodeEntities } from './html-entities';

export interface RemoteTerm {
  id: number;
  name: string;
  slug: string;
  parent?: number;
}

export interface RemoteAuthor {
  id: number;
  name: string;
  slug: string;
}


/** A name as a site sends it (HTML entities, maybe control characters, maybe not text at all), made safe to show. */
function siteName(value: unknown): string {
  return remoteName(typeof value === 'string' ? decodeEntities(value) : value);
}

/** A category or tag read field by field; null when it has no usable id, since nothing can refer to it. */
export function readRemoteTerm(value: unknown): RemoteTerm | null {
  const term = remoteRecord(value);
  const id = remoteId(term.id);
  if (id === null) return null;
  return { id, name: siteName(term.name), slug: remoteText(term.slug), parent: remoteId(term.parent) ?? 0 };
}

/** One of the site's users as the byline sees them; null without a usable id. */
export function readRemoteAuthor(value: unknown): RemoteAuthor | null {
  const author = remoteRecord(value);
  const id = remoteId(author.id);
  if (id === null) return null;
  return { id, name: siteName(author.name), slug: remoteText(author.slug) };
}

/** Term ids of a post: the positive integers of a list, anything else dropped. */
export function readRemoteIds(value: unknown): number[] {
  return Array.isArray(value) ? value.map(remoteId).filter((id): id is number => id !== null) : [];
}
