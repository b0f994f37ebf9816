import { describe, expect, it } from 'vitest';
import { checkEmbedUrl, checkLinkUrl, isAllowedLinkUrl, sanitizeBodyLinks } from '../../../shared/content/link-policy';

describe('link policy', () => {
  it.each(['https://example.com/a?b=1', 'http://example.com', 'mailto:desk@example.com', 'tel:+441234567', '#fn-2'])(
    'allows %s',
    (url) => expect(checkLinkUrl(url)).toEqual({ ok: true, url }),
  );

  it.each([
    ['javascript:alert(1)', /"javascript:" are not allowed/],
    [' JaVaScRiPt:alert(1)', /"javascript:" are not allowed/],
    ['java\tscript:alert(1)', /"javascript:" are not allowed/],
    ['data:text/html;base64,PHNjcmlwdD4=', /"data:" are not allowed/],
    ['vbscript:msgbox(1)', /"vbscript:" are not allowed/],
    ['file:///etc/passwd', /"file:" are not allowed/],
    ['example.com', /full address/],
    ['', /Enter a web address/],
    ['https://', /not a valid web address|no site name/],
    ['mailto:', /Add an address/],
  ])('refuses %j with a readable reason', (url, reason) => {
    const result = checkLinkUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('unwraps refused links in serialized JSON, keeping their text, without touching the input', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'a ' },
              { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'bad' }] },
              { type: 'autolink', url: 'https://ok.example', children: [{ type: 'text', text: 'good' }] },
            ],
          },
          {
            type: 'list',
            children: [{ type: 'listitem', children: [{ type: 'link', url: 'data:x', children: [{ type: 'text', text: 'd' }] }] }],
          },
        ],
      },
    };
    const before = JSON.stringify(body);
    const { body: clean, removed } = sanitizeBodyLinks(body);
    expect(removed).toBe(2);
    expect(JSON.stringify(body)).toBe(before);
    expect(JSON.stringify(clean)).not.toMatch(/javascript|data:/);
    expect(clean.root.children[0]?.children).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: 'bad' },
      { type: 'autolink', url: 'https://ok.example', children: [{ type: 'text', text: 'good' }] },
    ]);
    expect(isAllowedLinkUrl('https://ok.example')).toBe(true);
  });

  it('removes embeds whose address is not a web address', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'embed', url: 'javascript:alert(1)', provider: 'link' },
          { type: 'embed', url: 'mailto:a@example.com', provider: 'link' },
          { type: 'embed', url: 'https://youtu.be/x', provider: 'youtube' },
        ],
      },
    };
    const { body: clean, removed } = sanitizeBodyLinks(body);
    expect(removed).toBe(2);
    expect(clean.root.children).toEqual([{ type: 'embed', url: 'https://youtu.be/x', provider: 'youtube' }]);
    expect(checkEmbedUrl('tel:123')).toEqual({ ok: false, reason: 'An embed needs a web address starting with http:// or https://.' });
    expect(checkEmbedUrl('https://vimeo.com/1').ok).toBe(true);
  });
});
