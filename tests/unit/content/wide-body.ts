import { htmlToBody } from '../../../shared/content/html-to-nodes';
import type { BodyState } from '../../../shared/story/story-schema';
import { body, br, cell, embed, footnote, h, image, li, link, list, p, pullQuote, quote, row, separator, table, text } from './body-builders';
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
    p(text('The end.')),
  );
  return { ...story, root: { ...story.root, children: [...story.root.children, ...pasted.root.children] } };
}
