import type { FixtureManifest, RecordedMedia } from './corpus-media';

/**
 * Posts the block editor cannot make: classic-editor content (TinyMCE is not driven here; these are
 * written in the exact shapes the classic editor and its media modal store), a third-party block
 * (no such plugin exists on the test site) and pre-6.0 block markup (5.x's gallery and quote
 * forms). They are stored on the real site over REST as the admin, so kses leaves them untouched,
 * and read back like the others.
 */
export interface HandWrittenPost {
  name: string;
  title: string;
  origin: Exclude<FixtureManifest['origin'], 'block-editor'>;
  description: string;
  contains: string[];
  content(media: (key: string) => RecordedMedia): string;
}

/** An `<img>` as the classic editor's media modal inserts it. */
function classicImg(m: RecordedMedia, size: string, align: string, alt: string, dims: [number, number]): string {
  return `<img class="${align} size-${size} wp-image-${m.id}" src="${m.sizes[size] ?? m.sourceUrl}" alt="${alt}" width="${dims[0]}" height="${dims[1]}" />`;
}

export const HAND_WRITTEN_POSTS: HandWrittenPost[] = [
  {
    name: 'classic-images',
    title: 'Corpus: classic images',
    origin: 'hand-written-classic',
    description: 'Classic-editor images: [caption] with and without wp-image-N, div.wp-caption (old themes), figure.wp-caption (HTML5 captions), an image alone in its paragraph, an aligned image beside text, an image inside a sentence, a linked image.',
    contains: ['classic', '[caption]', 'div.wp-caption', 'figure.wp-caption', 'p>img', 'aligned image beside text', 'inline image', 'linked image'],
    content: (media) => {
      const harbour = media('harbour');
      const market = media('market');
      const portrait = media('portrait');
      return [
        'The boats came in early on Tuesday.',
        `[caption id="attachment_${harbour.id}" align="aligncenter" width="1024"]${classicImg(harbour, 'large', 'aligncenter', 'Fishing boats moored at dawn', [1024, 683])} The harbour at first light. Photo: <a href="https://example.com/ana">Ana Ruiz</a>[/caption]`,
        `[caption align="alignright" width="300"]<img src="https://images.example.org/wire/2026/storm-9.jpg" alt="Waves over the pier" width="300" height="200" /> Wire photo, no attachment[/caption]`,
        `<div id="attachment_${market.id}" style="width: 310px" class="wp-caption alignleft"><img class="size-medium wp-image-${market.id}" src="${market.sizes.medium ?? market.sourceUrl}" alt="Stalls of the covered market" width="300" height="200" /><p class="wp-caption-text">Market day (an old theme's caption markup)</p></div>`,
        `<figure id="attachment_${portrait.id}" aria-describedby="caption-attachment-${portrait.id}" style="width: 200px" class="wp-caption alignright">${classicImg(portrait, 'medium', 'alignright', 'The mayor at her desk', [200, 300])}<figcaption id="caption-attachment-${portrait.id}" class="wp-caption-text">The mayor (HTML5 caption)</figcaption></figure>`,
        `<p>${classicImg(market, 'large', 'aligncenter', 'Stalls again', [1024, 683])}</p>`,
        `${classicImg(portrait, 'thumbnail', 'alignleft', '', [150, 150])}An aligned image beside text: the mayor spoke for an hour, then took questions from the floor.`,
        `The council logo <img class="alignnone size-thumbnail wp-image-${harbour.id}" src="${harbour.sizes.thumbnail ?? harbour.sourceUrl}" alt="logo" width="20" height="20" /> sits inside this sentence.`,
        `<a href="${harbour.sourceUrl}">${classicImg(harbour, 'medium', 'alignnone', 'Linked to the file', [300, 200])}</a>`,
        `<a href="https://example.com/photo-essay" target="_blank" rel="noopener">${classicImg(market, 'medium', 'alignnone', 'Linked elsewhere', [300, 200])}</a>`,
        'The end.',
      ].join('\n\n');
    },
  },
  {
    name: 'classic-shortcodes',
    title: 'Corpus: classic shortcodes and breaks',
    origin: 'hand-written-classic',
    description: 'Classic content with [gallery ids], [embed], a bare YouTube URL, [audio], <!--more-->, <!--nextpage--> and a non-breaking-space line.',
    contains: ['classic', '[gallery]', '[embed]', 'bare embed URL', '[audio]', '<!--more-->', '<!--nextpage-->', '&nbsp;'],
    content: (media) => {
      const [harbour, market, portrait, audio] = [media('harbour'), media('market'), media('portrait'), media('audio')];
      return [
        'The first paragraph, the teaser.',
        '<!--more Continue reading-->',
        `[gallery ids="${harbour.id},${market.id},${portrait.id}" columns="2" link="file"]`,
        '[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]',
        'https://vimeo.com/76979871',
        `[audio wav="${audio.sourceUrl}"][/audio]`,
        '&nbsp;',
        'A line\nbroken by a single newline.',
        '<!--nextpage-->',
        'Page two.',
      ].join('\n\n');
    },
  },
  {
    name: 'classic-text',
    title: 'Corpus: classic text, lists and tables',
    origin: 'hand-written-classic',
    description: 'Classic content with headings, bold and italic, links with target and rel, relative and anchor links, lists, a blockquote, a table with a caption, thead and rowspan, and an empty paragraph.',
    contains: ['classic', 'h2', 'ul', 'ol', 'blockquote', 'table', 'caption', 'rowspan', 'links'],
    content: () =>
      [
        '<h2 id="background">Background</h2>',
        'It was <strong>not</strong> the first time. See <a href="/archive/2019/">the 2019 story</a>, <a href="#background">above</a> and <a href="https://example.com/" target="_blank" rel="noopener noreferrer">the source</a>.',
        '<ul>\n \t<li>One</li>\n \t<li>Two\n<ul>\n \t<li>Two and a half</li>\n</ul>\n</li>\n</ul>',
        '<ol start="3">\n \t<li>Third</li>\n \t<li>Fourth</li>\n</ol>',
        '<blockquote>We will rebuild.\n\n<cite>The mayor</cite></blockquote>',
        '<table><caption>Votes</caption>\n<thead>\n<tr>\n<th>Party</th>\n<th>Votes</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td rowspan="2">Left</td>\n<td>12</td>\n</tr>\n<tr>\n<td>3</td>\n</tr>\n</tbody>\n</table>',
        '<p style="text-align: center;">A centred paragraph.</p>',
        '<p>&nbsp;</p>',
        'The end.',
      ].join('\n\n'),
  },
  {
    name: 'third-party-blocks',
    title: 'Corpus: third-party blocks',
    origin: 'hand-written-third-party',
    description: 'Blocks of a plugin the site does not have (hand-written; no such plugin exists): a self-closing one with attributes and one with inner HTML and inner blocks.',
    contains: ['acme/chart', 'acme/callout', 'core/paragraph'],
    content: () =>
      [
        '<!-- wp:paragraph -->\n<p>Before the chart.</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:acme/chart {"id":3} /-->',
        '<!-- wp:acme/callout {"tone":"warning","icon":"⚠","items":[1,2,{"a":"b \\u003c c"}]} -->\n<div class="wp-block-acme-callout is-tone-warning" data-x=\'{"k":1}\'><p class="acme-callout__title">Roads closed</p><!-- wp:paragraph -->\n<p>Use the ring road.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:acme/callout -->',
        '<!-- wp:paragraph -->\n<p>After the callout.</p>\n<!-- /wp:paragraph -->',
      ].join('\n\n'),
  },
  {
    name: 'blocks-5x',
    title: 'Corpus: WordPress 5.x block forms',
    origin: 'hand-written-5x',
    description: 'Block markup as WordPress 5.x saved it and 6.1 still reads (through deprecations): the ul.blocks-gallery-grid gallery, the quote with <p> and <cite> directly inside, the pullquote with a <blockquote>, the pre-5.6 core-embed/youtube block, the list without list items.',
    contains: ['core/gallery (5.x)', 'core/quote (5.x)', 'core/pullquote (5.x)', 'core-embed/youtube', 'core/list (5.x)'],
    content: (media) => {
      const [harbour, market] = [media('harbour'), media('market')];
      const item = (m: RecordedMedia, caption: string) =>
        `<li class="blocks-gallery-item"><figure><img src="${m.sizes.large ?? m.sourceUrl}" alt="" data-id="${m.id}" data-full-url="${m.sourceUrl}" data-link="${m.link}" class="wp-image-${m.id}"/><figcaption class="blocks-gallery-item__caption">${caption}</figcaption></figure></li>`;
      return [
        `<!-- wp:gallery {"ids":[${harbour.id},${market.id}],"linkTo":"none"} -->\n<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid">${item(harbour, 'Morning')}${item(market, 'Noon')}</ul><figcaption class="blocks-gallery-caption">A day on the coast</figcaption></figure>\n<!-- /wp:gallery -->`,
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>We will rebuild the harbour.</p><p>It will take three years.</p><cite>The mayor</cite></blockquote>\n<!-- /wp:quote -->',
        '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>The sea gave and the sea took.</p><cite>A fisherman</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
        '<!-- wp:core-embed/youtube {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n<figure class="wp-block-embed-youtube wp-block-embed is-type-video is-provider-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:core-embed/youtube -->',
        '<!-- wp:list {"ordered":true} -->\n<ol><li>First</li><li>Second<ol><li>Nested</li></ol></li></ol>\n<!-- /wp:list -->',
        '<!-- wp:heading -->\n<h2>A 5.x heading</h2>\n<!-- /wp:heading -->',
      ].join('\n\n');
    },
  },
];
