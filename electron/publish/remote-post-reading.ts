import { UserFacingError } from '../../shared/contract/result';
import { remoteId, remoteLink, remoteRecord, remoteText } from '../../shared/contract/remote-values';
import type { RemotePost } from '../wordpress/remote-post';

const MAX_BODY_LENGTH = 50 * 1024 * 1024;


function rawOf(value: unknown): { raw?: string } {
  const raw = remoteRecord(value).raw;
  return typeof raw === 'string' && raw.length <= MAX_BODY_LENGTH ? { raw } : {};
}

/**
 * A post as the site answered it, read field by field: a bad link becomes the empty string (which
 * the contract shows as no link), a bad status or date the empty string; only a post without a
 * usable id is refused, since nothing can be done with it.
 */
export function readRemotePost(value: unknown): RemotePost {
  const post = remoteRecord(value);
  const id = remoteId(post.id);
  if (id === null) throw new UserFacingError('remote', 'The site answered with a post Presswork cannot use (it has no valid id).');
  const meta = post.meta;
  return {
    id,
    slug: remoteText(post.slug),
    status: remoteText(post.status, 40),
    link: remoteLink(post.link) ?? '',
    modified_gmt: remoteText(post.modified_gmt, 40),
    date_gmt: typeof post.date_gmt === 'string' ? remoteText(post.date_gmt, 40) : null,
    title: rawOf(post.title),
    content: rawOf(post.content),
    excerpt: rawOf(post.excerpt),
    ...(Array.isArray(meta) ? { meta: [] } : typeof meta === 'object' && meta !== null ? { meta: { footnotes: (meta as { footnotes?: unknown }).footnotes } } : {}),
  };
}

/** A list answer read post by post; what is not a list reads as empty. */
export function readRemotePosts(value: unknown): RemotePost[] {
  return Array.isArray(value) ? value.flatMap((post) => (remoteId(remoteRecord(post).id) === null ? [] : [readRemotePost(post)])) : [];
}
