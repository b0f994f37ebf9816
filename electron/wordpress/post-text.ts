import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../shared/content/dom-window';
import { wordpressToStory, type PulledStory } from '../../shared/content/wordpress/from-wordpress';
import { HEADLINE_MAX, STANDFIRST_MAX, type BodyState } from '../../shared/story/story-schema';
import { footnotesMetaOf, type RemotePost } from './remote-post';
import { decodeEntities } from './html-entities';

export interface PostText {
  headline: string;
  standfirst: string;
  /** Images still refer to the site's attachments (`wp-attachment:<id>`) until they are pulled. */
  body: BodyState;
  /** How the body was read: modelled and preserved blocks, the post's format, what a write-back would change. */
  pulled: Omit<PulledStory, 'body'>;
}

/** A post's headline, standfirst and body as a story keeps them, the same for sync and for "keep theirs". */
export function postText(post: Pick<RemotePost, 'title' | 'excerpt' | 'content' | 'meta'>, window: DomWindow): PostText {
  const { body, ...pulled } = wordpressToStory(post.content?.raw ?? '', window, { footnotesMeta: footnotesMetaOf(post) });
  return {
    headline: decodeEntities(post.title.raw ?? '').slice(0, HEADLINE_MAX),
    // WordPress keeps the excerpt as HTML; the standfirst is plain text.
    standfirst: decodeEntities((post.excerpt?.raw ?? '').replace(/<[^>]*>/g, '')).trim().slice(0, STANDFIRST_MAX),
    body,
    pulled,
  };
}

/** A server-side DOM for reading post HTML under Node; one serves any number of posts. */
export function postWindow(): DomWindow {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;
}
