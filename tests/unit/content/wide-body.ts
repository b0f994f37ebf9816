import { htmlToBody } from '../../../shared/content/html-to-nodes';
import type { BodyState } from '../../../shared/story/story-schema';
import { body, br, cell, embed, footnote, h, image, li, link, list, p, pullQuote, quotation, quote, row, separator, table, text } from './body-builders';
import { nodeWindow } from './dom-window';

/** A story using every block the converter writes, with the awkward cases in it. */
export function everyBlock(): BodyState {
  const pasted = htmlToBody('<h3>From <em>Word</em></h3><p>Pasted <b>bold</b> and <a href="https://example.com/?a=1&amp;b=2">a link</a><sup>2</sup></p>', nodeWindow());
  const story = body(
    h('h2', text('A subhead')),
    p(text('Plain, '), text('bold', 1), text(', '), text('italic', 2), text(', '), text('underlined', 8), text(', '), text('struck', 4), text(', x'), text('2', 64), text(', H'), text('2', 32), text('O, '), text('code', 16), text(' & <escaped> "text".'), footnote('The first note.')),
    p(link('https://example.com/story?id=1&ref=x', text('A link')), text(' and '), link('mailto:desk@example.com', text('mail')), br(), text('after a line break'), footnote('The second note.')),
    h('h3', text('Level three')),
    h('h4', text('Level four')),
    quote(text('A quotation,'), br(), text('over two lines.')),
    list('bullet', li(text('One')), li(list('number', li(text('Nested a')), li(text('Nested b')))), li(text('Two'))),
    list('number', li(text('First')), li(text('Second'))),
    pullQuote('We will rebuild the harbour.', 'The mayor'),
    image('media-1', 'The harbour at dawn', 'Ana Ruiz', 'Boats in a harbour'),
    image('media-1'),
    // Images, galleries and embeds with what a pulled one keeps: alignment, size, link, an external src, captions.
    { ...image('media-1', '', '', 'Linked'), align: 'right', width: 300, height: 200, linkDestination: 'custom', href: 'https://example.com/?a=1&b=2', linkTarget: '_blank', rel: 'noreferrer noopener' },
    { ...image('', 'A flooded street', 'AP Photo', 'Water in the street'), src: 'https://ap.example.com/photos/flood.jpg', sizeSlug: '', linkDestination: '' },
    { type: 'gallery', version: 1, linkTo: 'none', caption: 'Scenes from the harbour', images: [image('media-1', 'Boats', '', 'Boats'), { ...image('', '', '', 'Wire'), src: 'https://ap.example.com/2.jpg', sizeSlug: '', linkDestination: '' }] },
    { type: 'gallery', version: 1, columns: 2, imageCrop: false, linkTo: 'none', images: [image('media-1', '', '', 'One'), image('media-1', 'Two', 'Ana Ruiz', 'Two')] },
    { ...embed('https://vimeo.com/76979871'), caption: 'The speech, in full' },
    embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
    embed('https://vimeo.com/76979871'),
    embed('https://twitter.com/nasa/status/1'),
    embed('https://www.instagram.com/p/abc/'),
    embed('https://www.facebook.com/nasa/posts/1'),
    embed('https://example.com/a-page'),
    table(row(cell(true, text('Region')), cell(true, text('Homes'))), row(cell(false, text('North')), cell(false, text('25,000', 1)))),
    table(row(cell(false, text('No')), cell(false, text('header')))),
    separator(),
    { ...p(text('A centred paragraph')), format: 'center' },
    { ...h('h2', text('A right-aligned subhead')), format: 'right' },
    { ...list('number', li(text('Third')), li(text('Fourth'))), start: 3 },
    p({ ...link('https://example.com/new-tab', text('opens in a new tab')), target: '_blank' }),
    table(row({ ...cell(true, text('Merged header')), colSpan: 2 }), row(cell(false, text('a')), cell(false, text('b')))),
    // Text blocks modelled exactly (issue #12): quotes with citations, anchors, list attributes,
    // kept link attributes, preformatted text, code and verse, more and page breaks.
    quotation([[text('We will not back down.')], [text('Not today, '), text('not ever', 2), text('.')]], [text('Jane Doe, '), link('https://example.com/mayor', text('mayor'))]),
    { ...quotation([[text('Right-aligned')]], [text('R')]), format: 'right' },
    quotation([[text('Saved before 6.0')], [text('two paragraphs')]], [text('An elder')], 'html'),
    { ...h('h2', text('An anchored subhead')), $: { anchor: 'the-vote' } },
    { ...p(text('An anchored paragraph')), $: { anchor: 'lede' } },
    { ...p(text('Big first words, centred, large, with classes')), format: 'center', $: { dropCap: true, className: 'intro lede', fontSize: 'large' } },
    { ...h('h3', text('A classed subhead')), $: { className: 'section-title', fontSize: 'x-large', anchor: 's1' } },
    { ...list('number', li(text('c')), li(text('b'))), start: 3, $: { reversed: true, listType: 'a' } },
    p(
      link('/about', text('relative')),
      text(', '),
      link('../archive/?y=2019', text('up a level')),
      text(', '),
      link('#the-vote', text('to the anchor')),
      text(', '),
      { ...link('https://example.com/src', text('kept rel')), target: '_blank', rel: 'noopener nofollow' },
    ),
    { type: 'preformatted', version: 1, variant: 'preformatted', children: [text('Line one'), br(), text('  indented '), text('two', 1), br(), text('\tthree')] },
    { type: 'preformatted', version: 1, variant: 'code', children: [text('if (a < b) {'), br(), text('    return [1, 2];'), br(), text('}'), br(), text('https://example.com/x')] },
    { type: 'preformatted', version: 1, variant: 'verse', format: 'center', children: [text('Roses are red,'), br(), text('  violets are '), text('blue', 2)] },
    { type: 'preformatted', version: 1, variant: 'preformatted', lineBreaks: 'br', children: [text('Old'), br(), text('form')] },
    { type: 'more', version: 1, customText: 'Continue reading', noTeaser: true },
    { type: 'page-break', version: 1 },
    {
      ...table(row(cell(true, text('Party')), cell(true, text('Seats'))), row(cell(false, text('Green')), cell(false, text('4'))), row(cell(false, text('Total')), cell(false, text('4')))),
      $: { fixedLayout: false, caption: 'Results, 2022', footerRows: 1 },
    },
    { ...p(text('A '), { type: 'highlight', version: 1, colorStyle: 'background-color:rgba(0, 0, 0, 0)', colorClass: 'has-inline-color has-vivid-red-color', children: [text('red')] }, text(' word.')) },
    p(text('The end.')),
  );
  return { ...story, root: { ...story.root, children: [...story.root.children, ...pasted.root.children] } };
}
