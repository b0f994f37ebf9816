import { useEffect, useState } from 'react';
import { wordpressToBody } from '../../shared/content/wordpress/from-wordpress';
import type { DomWindow } from '../../shared/content/dom-window';
import { BodyEditor } from './BodyEditor';

const SENTENCE =
  'The delegation met for three hours on Tuesday, and officials said the talks had been <strong>constructive</strong>, <em>frank</em> and, in places, difficult. ';

/** One of each thing a story holds (no images: those would ask the media library for thumbnails). */
const SAMPLE = [
  '<!-- wp:heading --><h2>Key players</h2><!-- /wp:heading -->',
  ...Array.from({ length: 12 }, (_, i) => `<!-- wp:paragraph --><p>${SENTENCE.repeat(3)}<a href="https://example.org/${i}">Report ${i}</a> TK.</p><!-- /wp:paragraph -->`),
  '<!-- wp:heading {"level":3} --><h3>What comes next</h3><!-- /wp:heading -->',
  '<!-- wp:list --><ul><li>Troop numbers<ul><li>Reviewed in spring</li></ul></li><li>Trade</li></ul><!-- /wp:list -->',
  '<!-- wp:quote --><blockquote class="wp-block-quote"><p>We have listened.</p></blockquote><!-- /wp:quote -->',
  '<!-- wp:pullquote --><figure class="wp-block-pullquote"><blockquote><p>A good day.</p><cite>The minister</cite></blockquote></figure><!-- /wp:pullquote -->',
  '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody></table></figure><!-- /wp:table -->',
  '<!-- wp:separator --><hr class="wp-block-separator has-alpha-channel-opacity"/><!-- /wp:separator -->',
].join('\n\n');

/**
 * The first story an editor opens in a fresh window used to take twice as long as the next: the
 * editor's code ran for the first time (compiled, optimised) and the fonts were shaped for the
 * first time. Once the app is idle after starting, this mounts the same editor off screen on a
 * small sample, lets it paint, and unmounts it, so that first open costs what every later one does.
 */
export function EditorWarmup() {
  const [phase, setPhase] = useState<'waiting' | 'running' | 'done'>('waiting');

  useEffect(() => {
    if (phase === 'waiting') {
      const id = requestIdleCallback(() => setPhase('running'), { timeout: 2_000 });
      return () => cancelIdleCallback(id);
    }
    if (phase === 'running') {
      // Two frames: one to lay out and paint the sample, one for the effects that run after paint.
      let second = 0;
      const first = requestAnimationFrame(() => (second = requestAnimationFrame(() => setPhase('done'))));
      return () => (cancelAnimationFrame(first), cancelAnimationFrame(second));
    }
    return undefined;
  }, [phase]);

  if (phase !== 'running') return null;
  return (
    <div className="editor-warmup" aria-hidden="true" inert>
      <BodyEditor initialBody={wordpressToBody(SAMPLE, window as unknown as DomWindow)} onChange={() => undefined} />
    </div>
  );
}
