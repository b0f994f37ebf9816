import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../shared/content/sanitize-html';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('sanitizeHtml', () => {
  it('keeps the structure of a Word (desktop) paste and drops its Office markup', () => {
    const html = sanitizeHtml(fixture('word-desktop.html'), window, { fromClipboard: true });
    expect(html).toContain('<h1>Council approves harbour plan</h1>');
    expect(html).toContain('<h2>What changes</h2>');
    expect(html).toContain('<strong>seven to two</strong>');
    expect(html).toContain('<em>harbour redevelopment</em>');
    expect(html).toContain('<u>three-year</u>');
    expect(html).toContain('km<sup>2</sup>');
    expect(html).toContain('CO<sub>2</sub>');
    expect(html).toContain('<a href="https://example.org/report.pdf">the council\'s report</a>');
    // Word's mso-list paragraphs become real, nested lists; the drawn bullets are gone.
    expect(html).toContain('<ul><li>New ferry terminal<ul><li>Opens in 2027</li></ul></li><li>Wider cycle lanes</li></ul>');
    expect(html).toContain('<ol><li>Consultation</li><li>Final vote</li></ol>');
    expect(html).toContain('<blockquote><p><em>“This is a good day for the harbour,” said the mayor.</em></p></blockquote>');
    expect(html).toContain('<blockquote><p>We have listened to residents.</p></blockquote>');
    expect(html).toContain('<table><thead><tr><th>Vote</th><th>Councillors</th></tr></thead><tbody><tr><td>For</td><td>7</td></tr></tbody></table>');
    expect(html).not.toMatch(/mso-|Mso|style=|class=|<span|<font|o:p|<!--|·|StartFragment|@font-face|Cambria/);
  });

  it('keeps the structure of a Google Docs paste, reading its inline styles as formats', () => {
    const html = sanitizeHtml(fixture('google-docs.html'), window, { fromClipboard: true });
    expect(html).toContain('<h2>Storm cuts power to 40,000 homes</h2>');
    // The whole paste sits in <b style="font-weight:normal">: that must not make it bold.
    expect(html).toMatch(/^<h2>/);
    expect(html).toContain('after <strong>gusts of 120 km/h</strong><em> brought down lines</em>');
    expect(html).toContain('80 mm<sup>1</sup> in H<sub>2</sub>O');
    expect(html).toContain('<a href="https://example.com/outages"><u>the outage map</u></a>');
    expect(html).toContain('<s> (updated hourly)</s>');
    expect(html).toContain('<ul><li>Schools closed<ul><li>North district only</li></ul></li><li>Trains delayed</li></ul>');
    expect(html).toContain('<blockquote><p>Stay indoors if you can.</p></blockquote>');
    expect(html).toContain('<table><thead><tr><th>Region</th><th>Homes</th></tr></thead><tbody><tr><td>North</td><td>25,000</td></tr></tbody></table>');
    expect(html).not.toMatch(/style=|dir=|docs-internal|<br>|<span|Apple-interchange/);
  });

  it('leaves no trace of scripts, handlers, frames or dangerous links', () => {
    const html = sanitizeHtml(fixture('hostile-paste.html'), window);
    expect(html).not.toMatch(/script|onerror|onclick|onload|onmouse|onfocus|iframe|javascript|vbscript|data:|<img|<svg|<math|<object|<embed|<form|<input|evil|alert|style|class=|id=/i);
    expect(html).toContain('<h2>Breaking: leak</h2>');
    expect(html).toContain('Read the file or this or that or data and vb.');
    // The link's target is the writer's choice and harmless; its handler and style are gone.
    expect(html).toMatch(/<a (?:href="https:\/\/example\.com\/ok" target="_blank"|target="_blank" href="https:\/\/example\.com\/ok")>link<\/a>/);
    expect(html).toContain('<p>Tail <strong>bold</strong></p>');
  });

  it('drops comments, empty spans, fonts and empty paragraphs', () => {
    expect(sanitizeHtml('<p><!-- x --><span></span><font face="Arial">Hi</font><span> </span></p><p>&nbsp;</p><p><o:p></o:p></p>', window)).toBe('<p>Hi</p>');
  });

  it('keeps footnote anchors and in-page references', () => {
    const html = '<p>Claim<sup><a href="#fn-1" id="fn-1-link">1</a></sup></p><ol><li>Note <a href="#fn-1-link" id="fn-1">↩︎</a></li></ol>';
    const clean = sanitizeHtml(html, window);
    const doc = new window.DOMParser().parseFromString(clean, 'text/html');
    const [reference, back] = Array.from(doc.querySelectorAll('a'));
    expect([reference?.getAttribute('href'), reference?.getAttribute('id')]).toEqual(['#fn-1', 'fn-1-link']);
    expect([back?.getAttribute('href'), back?.getAttribute('id')]).toEqual(['#fn-1-link', 'fn-1']);
    expect(doc.querySelector('sup')?.textContent).toBe('1');
  });

  it('is idempotent on the fixtures', () => {
    for (const name of ['word-desktop.html', 'google-docs.html', 'hostile-paste.html']) {
      const once = sanitizeHtml(fixture(name), window);
      expect(sanitizeHtml(once, window)).toBe(once);
    }
  });

  const tags = ['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'sup', 'sub', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'blockquote', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'br', 'hr', 'script', 'iframe', 'img', 'font', 'o:p', 'code', 'pre', 'figure'];
  const attrs = [
    '', ' style="font-weight:700"', ' style="font-style:italic;mso-list:Ignore"', ' class="MsoNormal"', ' href="https://a.example/x?y=1&amp;z=2"',
    ' href="javascript:alert(1)"', ' onclick="alert(1)"', ' id="fn-1"', ' colspan="2"', ' style="vertical-align:super"', ' href="#fn-1"',
  ];
  const text = fc.constantFrom('word', ' ', '  two  spaces ', '&amp;', '&lt;x&gt;', '\n', 'é', '\u00a0', '"q"', "it's", '<!-- c -->', '1 < 2');
  const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(fc.constantFrom(...tags), fc.constantFrom(...attrs), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
    ),
  })).node;

  it('is idempotent and never throws on arbitrary HTML (property)', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
        const once = sanitizeHtml(parts.join(''), window);
        expect(sanitizeHtml(once, window)).toBe(once);
        expect(once).not.toMatch(/<script|<iframe|<img|onclick|javascript:|style=|class=/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const once = sanitizeHtml(input, window);
        expect(typeof once).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('table header rows', () => {
  it('reads a <thead> as the header row, its cells as <th>', () => {
    const html = sanitizeHtml('<table><thead><tr><td>Party</td><td>Seats</td></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody></table>', window);
    expect(html).toBe('<table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody></table>');
  });

  it('leaves a first row that is only partly bold, or a single bold row, as ordinary cells', () => {
    const partly = '<table><tbody><tr><td><strong>Party</strong></td><td>Seats</td></tr><tr><td>Green</td><td>4</td></tr></tbody></table>';
    expect(sanitizeHtml(partly, window, { fromClipboard: true })).toBe(partly);
    const single = '<table><tbody><tr><td><strong>Party</strong></td><td><strong>Seats</strong></td></tr></tbody></table>';
    expect(sanitizeHtml(single, window, { fromClipboard: true })).toBe(single);
    // A site's own HTML says what it means: a bold first row there stays a bold row.
    const bold = '<table><tbody><tr><td><strong>Party</strong></td><td><strong>Seats</strong></td></tr><tr><td>Green</td><td>4</td></tr></tbody></table>';
    expect(sanitizeHtml(bold, window)).toBe(bold);
  });

  it('keeps existing <th> cells where they are, and is idempotent on a promoted header', () => {
    const th = '<table><tbody><tr><th>Party</th><td>Green</td></tr><tr><th>Seats</th><td>4</td></tr></tbody></table>';
    expect(sanitizeHtml(th, window)).toBe(th);
    const once = sanitizeHtml('<table><tr><td><b>Party</b></td><td><b>Seats</b></td></tr><tr><td>Green</td><td>4</td></tr></table>', window, { fromClipboard: true });
    expect(once).toBe('<table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody></table>');
    expect(sanitizeHtml(once, window, { fromClipboard: true })).toBe(once);
  });
});
