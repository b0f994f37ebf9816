import { describe, expect, it } from 'vitest';
import { previewDocument, type PreviewPost } from '../../../renderer/publish/preview-document';

const post: PreviewPost = {
  title: 'Talks <resume> & “more”',
  standfirst: 'Both sides met.',
  html: '<p>Body.</p>',
  section: 'Geopolitics',
  byline: ['Ana Ruiz', 'Tom Baker'],
  date: 'February 15, 2024',
  tags: ['Iraq'],
  featured: { url: '/media/abc/w1600.jpg', alt: 'A "quoted" harbour', caption: 'Dawn', credit: 'Press Xpress' },
};
const options = { appOrigin: 'app://presswork', stylesheet: 'app://presswork/assets/preview-site.css' };

describe('the preview’s document (#14.13)', () => {
  it('lays the story out as the site’s single post, in the site’s order', () => {
    const doc = previewDocument(post, options);
    const order = ['post-section', 'post-title', 'post-meta', 'post-featured', 'post-standfirst', 'post-content', 'post-tags'].map((c) => doc.indexOf(`class="${c}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(doc).toContain('by <span class="post-author">Ana Ruiz, Tom Baker</span> · <time>February 15, 2024</time>');
    expect(doc).toContain('<figcaption>Dawn <em class="credit">Press Xpress</em></figcaption>');
  });

  it('is styled only by the app’s stylesheet, under the frame’s own policy, with no inline style', () => {
    const doc = previewDocument(post, options);
    expect(doc).toContain('<link rel="stylesheet" href="app://presswork/assets/preview-site.css">');
    expect(doc).toContain(`content="default-src 'none'; img-src app://presswork data: blob:; style-src app://presswork; base-uri 'none'; form-action 'none'"`);
    expect(doc).not.toMatch(/<style|style=/);
  });

  it('escapes the story’s own words, in text and in attributes', () => {
    const doc = previewDocument(post, options);
    expect(doc).toContain('<h1 class="post-title">Talks &lt;resume&gt; &amp; “more”</h1>');
    expect(doc).toContain('alt="A &quot;quoted&quot; harbour"');
  });

  it('leaves out what the story does not have', () => {
    const doc = previewDocument({ ...post, section: null, byline: [], featured: null, standfirst: ' ', tags: [] }, options);
    expect(doc).not.toMatch(/post-section|post-author|post-featured|post-standfirst|post-tags/);
  });
});
