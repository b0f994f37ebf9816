/** A post as the REST API answers it in the edit context (the fields we ask for). */
export interface RemotePost {
  id: number;
  slug: string;
  status: string;
  link: string;
  modified_gmt: string;
  date_gmt?: string | null;
  title: { raw?: string; rendered?: string };
  content?: { raw?: string };
  excerpt?: { raw?: string };
  /** Registered meta; WordPress 6.3+ keeps footnotes here (an empty list on sites with none registered). */
  meta?: { footnotes?: unknown } | unknown[];
}

export const POST_FIELDS = 'id,slug,status,link,modified_gmt,date_gmt,title,content,excerpt,meta';

/** The post's footnotes meta (WordPress 6.3+), when it has one. */
export function footnotesMetaOf(post: Pick<RemotePost, 'meta'>): string | null {
  const meta = post.meta;
  if (!meta || Array.isArray(meta)) return null;
  return typeof meta.footnotes === 'string' && meta.footnotes !== '' ? meta.footnotes : null;
}
