import DOMPurify from 'dompurify';

/**
 * The body's HTML made safe and quiet for the preview frame: sanitized again here; links to the web
 * open in a new window (which the app hands to the system browser) instead of inside the frame, other
 * links go inert, and the `style` attributes the app's policy would refuse become classes (an
 * underline is the one the body's renderer writes).
 */
export function previewBodyHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed'], FORBID_ATTR: ['srcset'] });
  // Parsed into a document that is never shown: nothing in it loads while it is rewritten.
  const doc = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    if (/^https?:\/\//i.test(href)) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    } else {
      link.removeAttribute('href');
    }
  }
  for (const styled of doc.querySelectorAll('[style]')) {
    if (/text-decoration:\s*underline/i.test(styled.getAttribute('style') ?? '')) styled.classList.add('underline');
    styled.removeAttribute('style');
  }
  return doc.body.innerHTML;
}
