import type { RecordedMedia, RecordedReusable } from './corpus-media';

/** `[name, attributes, inner blocks]`: handed to `wp.blocks.createBlock` in the block editor's page. */
export type BlockSpec = [string, Record<string, unknown>, BlockSpec[]?];

export interface BlockPostContext {
  media(key: string): RecordedMedia;
  reusable: RecordedReusable;
}

/** One corpus post the generator builds in the real block editor. */
export interface BlockPost {
  name: string;
  title: string;
  description: string;
  contains: string[];
  blocks(context: BlockPostContext): BlockSpec[];
}

const p = (content: string, attrs: Record<string, unknown> = {}): BlockSpec => ['core/paragraph', { content, ...attrs }];
const h = (level: number, content: string, attrs: Record<string, unknown> = {}): BlockSpec => ['core/heading', { level, content, ...attrs }];
const li = (content: string, nested?: BlockSpec): BlockSpec => ['core/list-item', { content }, nested ? [nested] : []];
const list = (attrs: Record<string, unknown>, ...items: BlockSpec[]): BlockSpec => ['core/list', attrs, items];

/** An image block as the editor makes it when an attachment is chosen at a size. */
function image(m: RecordedMedia, size: string, attrs: Record<string, unknown> = {}): BlockSpec {
  return ['core/image', { id: m.id, url: m.sizes[size] ?? m.sourceUrl, alt: '', sizeSlug: size, linkDestination: 'none', ...attrs }];
}

function galleryImage(m: RecordedMedia, attrs: Record<string, unknown> = {}): BlockSpec {
  return ['core/image', { id: m.id, url: m.sizes.large ?? m.sourceUrl, alt: '', sizeSlug: 'large', linkDestination: 'none', ...attrs }];
}

export const BLOCK_POSTS: BlockPost[] = [
  {
    name: 'paragraphs',
    title: 'Corpus: paragraphs and inline formats',
    description: 'Paragraphs with alignment, drop cap, font sizes, colours, every inline format of the 6.1 toolbar and every kind of link target.',
    contains: ['core/paragraph'],
    blocks: () => [
      p('A plain paragraph with <strong>bold</strong>, <em>italic</em>, <s>struck</s>, <code>inline code</code>, <kbd>Ctrl</kbd>, H<sub>2</sub>O and x<sup>2</sup>.'),
      p('The council met on Monday. The vote, postponed twice, finally took place.', { dropCap: true }),
      p('A centred paragraph.', { align: 'center' }),
      p('A right-aligned paragraph.', { align: 'right' }),
      p('Large text from the preset sizes.', { fontSize: 'large' }),
      p('A custom font size.', { style: { typography: { fontSize: '28px' } } }),
      p('Preset colours on text and background.', { textColor: 'white', backgroundColor: 'black' }),
      p('Custom colours.', { style: { color: { text: '#1e3a5f', background: '#f5e6c8' } } }),
      p('A <a href="https://example.com/report">plain link</a>, one <a href="https://example.com/elsewhere" target="_blank" rel="noreferrer noopener">opening in a new tab</a>, one marked <a href="https://sponsor.example.com/" rel="sponsored nofollow">sponsored</a>, a <a href="/about/">relative link</a>, an <a href="#methodology">anchor in the page</a> and <a href="mailto:desk@example.com">an address</a>.'),
      p('A <mark style="background-color:rgba(0, 0, 0, 0);color:#cf2e2e" class="has-inline-color">highlighted phrase</mark> and a <mark style="background-color:#fcb900" class="has-inline-color">highlighted background</mark>.'),
      p('A line<br>broken in two.'),
      p('&nbsp;'),
      p(''),
      p('With an anchor.', { anchor: 'methodology' }),
      p('With extra classes.', { className: 'is-style-lead standfirst' }),
    ],
  },
  {
    name: 'headings',
    title: 'Corpus: headings',
    description: 'Headings at every level, with anchors, alignment and a colour.',
    contains: ['core/heading'],
    blocks: () => [
      h(1, 'Level one'),
      h(2, 'Level two with an anchor', { anchor: 'level-two' }),
      h(3, 'Level three, centred', { textAlign: 'center' }),
      h(4, 'Level four with <em>italic</em> and a <a href="https://example.com/">link</a>'),
      h(5, 'Level five, right', { textAlign: 'right' }),
      h(6, 'Level six in colour', { textColor: 'vivid-red' }),
      p('Text after the headings.'),
    ],
  },
  {
    name: 'lists',
    title: 'Corpus: lists',
    description: 'Bulleted and numbered lists, nested, an ordered list starting at 4 and a reversed one.',
    contains: ['core/list', 'core/list-item'],
    blocks: () => [
      list({}, li('Bread'), li('Milk', list({}, li('Whole'), li('Skimmed', list({ ordered: true }, li('Brand A'), li('Brand B'))))), li('Eggs with <strong>bold</strong> and a <a href="https://example.com/eggs">link</a>')),
      list({ ordered: true }, li('First'), li('Second'), li('Third')),
      list({ ordered: true, start: 4 }, li('Fourth'), li('Fifth')),
      list({ ordered: true, reversed: true }, li('Three'), li('Two'), li('One')),
      list({ ordered: true, start: 10, reversed: true }, li('Ten'), li('Nine')),
    ],
  },
  {
    name: 'quotes',
    title: 'Corpus: quotes and pull quotes',
    description: 'A quote with a citation and several paragraphs, a plain quote, a large-style quote, and pull quotes with and without citation.',
    contains: ['core/quote', 'core/pullquote'],
    blocks: () => [
      ['core/quote', { citation: 'The mayor, <em>in a statement</em>' }, [p('We will rebuild the harbour.'), p('It will take three years.')]],
      ['core/quote', {}, [p('An uncited quotation.')]],
      ['core/quote', { className: 'is-style-large', citation: 'A reader' }, [p('A large quote.')]],
      ['core/pullquote', { value: 'The sea gave and the sea took.', citation: 'A fisherman' }],
      ['core/pullquote', { value: 'No one was hurt.' }],
    ],
  },
  {
    name: 'code-verse',
    title: 'Corpus: code, preformatted and verse',
    description: 'Code, preformatted and verse blocks whose line breaks and indentation matter.',
    contains: ['core/code', 'core/preformatted', 'core/verse'],
    blocks: () => [
      ['core/code', { content: 'function add(a, b) {<br>  return a + b; // &lt;sum&gt;<br>}' }],
      ['core/preformatted', { content: 'Name      Votes<br>Smith     1,204<br>Jones       987' }],
      ['core/verse', { content: 'The tide goes out,<br>  the boats lie down,<br><br>and wait.' }],
    ],
  },
  {
    name: 'breaks',
    title: 'Corpus: more, page break, separator and spacer',
    description: 'A more tag with custom text and no teaser, a page break, separators in each style and a spacer.',
    contains: ['core/more', 'core/nextpage', 'core/separator', 'core/spacer'],
    blocks: () => [
      p('The teaser.'),
      ['core/more', { customText: 'Read the whole story', noTeaser: true }],
      p('After the more tag.'),
      ['core/nextpage', {}],
      p('Page two.'),
      ['core/separator', {}],
      ['core/separator', { className: 'is-style-wide' }],
      ['core/separator', { className: 'is-style-dots' }],
      ['core/spacer', { height: '40px' }],
      p('The end.'),
    ],
  },
  {
    name: 'tables',
    title: 'Corpus: tables',
    description: 'A table with header, body, footer, caption, fixed layout and aligned cells; a stripes-style table. (6.1’s table block has no colspan/rowspan, added in 6.2: those are in the classic-text post.)',
    contains: ['core/table'],
    blocks: () => [
      [
        'core/table',
        {
          hasFixedLayout: true,
          caption: 'Homes rebuilt, by region (<a href="https://example.com/source">source</a>)',
          head: [{ cells: [{ content: 'Region', tag: 'th' }, { content: 'Homes', tag: 'th', align: 'right' }] }],
          body: [
            { cells: [{ content: 'North', tag: 'td' }, { content: '25,000', tag: 'td', align: 'right' }] },
            { cells: [{ content: '<strong>South</strong>', tag: 'td' }, { content: '18,400', tag: 'td', align: 'right' }] },
          ],
          foot: [{ cells: [{ content: 'Total', tag: 'td' }, { content: '43,400', tag: 'td', align: 'right' }] }],
        },
      ],
      [
        'core/table',
        {
          className: 'is-style-stripes',
          body: [
            { cells: [{ content: 'Left', tag: 'td' }, { content: '12', tag: 'td' }] },
            { cells: [{ content: 'Right', tag: 'td' }, { content: '9', tag: 'td' }] },
          ],
        },
      ],
    ],
  },
  {
    name: 'images',
    title: 'Corpus: image blocks',
    description: 'Uploaded images at each size and alignment, linked to the file, the attachment page and a custom URL (new tab), captions with a link, alt text, a set width and height.',
    contains: ['core/image'],
    blocks: ({ media }) => {
      const harbour = media('harbour');
      const market = media('market');
      const portrait = media('portrait');
      return [
        image(harbour, 'large', { alt: 'Fishing boats moored at dawn', caption: 'The harbour at first light. Photo: <a href="https://example.com/ana">Ana Ruiz</a>' }),
        image(market, 'full', { alt: 'Stalls of the covered market' }),
        image(portrait, 'medium', { align: 'left', alt: 'The mayor at her desk' }),
        p('Text beside a left-aligned image.'),
        image(portrait, 'thumbnail', { align: 'right' }),
        image(market, 'large', { align: 'center', caption: 'Centred' }),
        image(harbour, 'large', { align: 'wide' }),
        image(harbour, 'full', { align: 'full' }),
        image(market, 'large', { linkDestination: 'media', href: market.sourceUrl }),
        image(market, 'large', { linkDestination: 'attachment', href: market.link }),
        image(harbour, 'large', { linkDestination: 'custom', href: 'https://example.com/gallery', linkTarget: '_blank', rel: 'noreferrer noopener' }),
        image(portrait, 'large', { width: 300, height: 450, alt: 'Resized' }),
        image(harbour, 'large', { className: 'is-style-rounded' }),
      ];
    },
  },
  {
    name: 'image-hotlinked',
    title: 'Corpus: hotlinked wire photo',
    description: 'Image blocks with only a URL (no attachment id), as inserted "from URL": one plain, one captioned with alt and credit.',
    contains: ['core/image'],
    blocks: () => [
      p('Wire photo below.'),
      ['core/image', { url: 'https://images.example.org/wire/2026/flood-1234.jpg' }],
      ['core/image', { url: 'https://images.example.org/wire/2026/flood-5678.jpg', alt: 'Flooded street', caption: 'The high street on Tuesday. Photo: Wire Agency' }],
    ],
  },
  {
    name: 'gallery',
    title: 'Corpus: galleries',
    description: 'The 6.1 nested gallery: images with captions and links, columns, crop off, a gallery caption, linked to media files.',
    contains: ['core/gallery', 'core/image'],
    blocks: ({ media }) => {
      const [harbour, market, portrait] = [media('harbour'), media('market'), media('portrait')];
      return [
        ['core/gallery', { linkTo: 'none', caption: 'A day on the coast' }, [galleryImage(harbour, { alt: 'Boats', caption: 'Morning' }), galleryImage(market, { caption: 'Noon, by <a href="https://example.com/ana">Ana</a>' }), galleryImage(portrait)]],
        ['core/gallery', { columns: 2, imageCrop: false, linkTo: 'media' }, [galleryImage(harbour, { linkDestination: 'media', href: harbour.sourceUrl }), galleryImage(market, { linkDestination: 'media', href: market.sourceUrl })]],
        ['core/gallery', { linkTo: 'attachment', align: 'wide' }, [galleryImage(harbour, { linkDestination: 'attachment', href: harbour.link }), galleryImage(portrait, { linkDestination: 'attachment', href: portrait.link })]],
      ];
    },
  },
  {
    name: 'embeds',
    title: 'Corpus: embeds',
    description: 'YouTube and X/Twitter embeds, the latter with a caption, and a Vimeo one.',
    contains: ['core/embed'],
    blocks: () => [
      ['core/embed', { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', type: 'video', providerNameSlug: 'youtube', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' }],
      ['core/embed', { url: 'https://twitter.com/nasa/status/1580661436132757506', type: 'rich', providerNameSlug: 'twitter', responsive: true, caption: 'NASA on the mission, <em>October 2022</em>' }],
      ['core/embed', { url: 'https://vimeo.com/76979871', type: 'video', providerNameSlug: 'vimeo', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' }],
    ],
  },
  {
    name: 'layout',
    title: 'Corpus: columns, group, cover, media & text, buttons',
    description: 'Layout blocks: columns with widths, a group, a cover with an image and overlay, media & text, buttons.',
    contains: ['core/columns', 'core/column', 'core/group', 'core/cover', 'core/media-text', 'core/buttons', 'core/button'],
    blocks: ({ media }) => {
      const harbour = media('harbour');
      const portrait = media('portrait');
      return [
        ['core/columns', {}, [['core/column', { width: '66.66%' }, [p('The main column.')]], ['core/column', { width: '33.33%' }, [h(3, 'Key facts'), list({}, li('One'), li('Two'))]]]],
        ['core/group', { backgroundColor: 'pale-cyan-blue', layout: { type: 'constrained' } }, [p('A boxed aside in a group.')]],
        ['core/cover', { url: harbour.sourceUrl, id: harbour.id, dimRatio: 50, isDark: false, minHeight: 400, minHeightUnit: 'px' }, [p('Over the harbour', { align: 'center', fontSize: 'large' })]],
        ['core/media-text', { mediaId: portrait.id, mediaUrl: portrait.sizes.large ?? portrait.sourceUrl, mediaType: 'image', mediaAlt: 'The mayor at her desk', mediaSizeSlug: 'large' }, [p('The mayor, in her own words.')]],
        ['core/buttons', {}, [['core/button', { text: 'Subscribe', url: 'https://example.com/subscribe' }], ['core/button', { text: 'Donate', url: 'https://example.com/donate', linkTarget: '_blank', rel: 'noreferrer noopener', className: 'is-style-outline' }]]],
      ];
    },
  },
  {
    name: 'media-blocks',
    title: 'Corpus: audio, video and file',
    description: 'An uploaded audio file with a caption, a hotlinked video, an uploaded PDF with its download button.',
    contains: ['core/audio', 'core/video', 'core/file'],
    blocks: ({ media }) => {
      const audio = media('audio');
      const pdf = media('budget');
      return [
        ['core/audio', { id: audio.id, src: audio.sourceUrl, caption: 'The interview, in full' }],
        ['core/video', { src: 'https://media.example.org/video/harbour.mp4', caption: 'The harbour at dusk', controls: true }],
        ['core/file', { id: pdf.id, href: pdf.sourceUrl, fileName: 'Budget 2027', textLinkHref: pdf.link, showDownloadButton: true, downloadButtonText: 'Download', displayPreview: true, previewHeight: 600, fileId: `wp-block-file--media-${pdf.id}` }],
      ];
    },
  },
  {
    name: 'dynamic',
    title: 'Corpus: reusable, shortcode, custom HTML and dynamic blocks',
    description: 'A reusable block, a shortcode block, custom HTML with an iframe and a script-free widget, latest posts and a query loop.',
    contains: ['core/block', 'core/shortcode', 'core/html', 'core/latest-posts', 'core/query', 'core/post-template', 'core/post-title', 'core/post-date'],
    blocks: ({ reusable }) => [
      p('Before the reusable block.'),
      ['core/block', { ref: reusable.id }],
      ['core/shortcode', { text: '[contact-form-7 id="42" title="Tips"]' }],
      ['core/html', { content: '<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=-1.6,47.2,-1.5,47.3" width="600" height="400" title="Map of the harbour"></iframe>\n<div class="poll" data-poll="17"><strong>Poll:</strong> should the harbour reopen?</div>' }],
      ['core/latest-posts', { postsToShow: 3, displayPostDate: true }],
      ['core/query', { queryId: 1, query: { perPage: 3, pages: 0, offset: 0, postType: 'post', order: 'desc', orderBy: 'date', author: '', search: '', exclude: [], sticky: '', inherit: false } }, [['core/post-template', {}, [['core/post-title', { isLink: true }], ['core/post-date', {}]]]]],
    ],
  },
  {
    name: 'kitchen-sink',
    title: 'Corpus: a news story',
    description: 'A realistic news story mixing many blocks: standfirst, subheads, an image, a quote, a list, an embed, a table, a gallery, a pull quote, a reusable block and a more tag.',
    contains: ['core/paragraph', 'core/heading', 'core/image', 'core/quote', 'core/list', 'core/embed', 'core/table', 'core/gallery', 'core/pullquote', 'core/block', 'core/more', 'core/separator'],
    blocks: ({ media, reusable }) => {
      const [harbour, market, portrait] = [media('harbour'), media('market'), media('portrait')];
      return [
        p('<strong>The harbour reopens on Monday</strong>, three years after the storm that sank half the fleet.', { className: 'standfirst' }),
        ['core/more', {}],
        image(harbour, 'large', { alt: 'Fishing boats moored at dawn', caption: 'Boats back at their moorings. Photo: Ana Ruiz' }),
        p('The council voted 31 to 4 on Tuesday to <a href="https://example.com/council/vote">fund the works</a>, which begin in spring.'),
        h(2, 'What changes', { anchor: 'what-changes' }),
        list({}, li('A new sea wall'), li('Forty moorings, up from <em>twenty-six</em>'), li('A covered fish market')),
        ['core/quote', { citation: 'Marie Leroux, harbour master' }, [p('We waited a long time for this.')]],
        ['core/pullquote', { value: 'The sea gave and the sea took.', citation: 'A fisherman' }],
        ['core/embed', { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', type: 'video', providerNameSlug: 'youtube', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio', caption: 'The council debate' }],
        h(3, 'The money'),
        ['core/table', { head: [{ cells: [{ content: 'Item', tag: 'th' }, { content: 'Cost', tag: 'th' }] }], body: [{ cells: [{ content: 'Sea wall', tag: 'td' }, { content: '€12m', tag: 'td' }] }, { cells: [{ content: 'Market', tag: 'td' }, { content: '€4m', tag: 'td' }] }] }],
        ['core/gallery', { linkTo: 'none' }, [galleryImage(market, { caption: 'The old market' }), galleryImage(portrait, { caption: 'The mayor' })]],
        ['core/separator', {}],
        ['core/block', { ref: reusable.id }],
      ];
    },
  },
];

/** The reusable block the corpus posts point at (created as a wp_block post by the generator). */
export const REUSABLE_BLOCK = {
  title: 'Corpus: newsletter box',
  blocks: [
    h(3, 'Get the morning briefing'),
    p('Every weekday at 7, <a href="https://example.com/newsletter">sign up here</a>.'),
  ] as BlockSpec[],
};
