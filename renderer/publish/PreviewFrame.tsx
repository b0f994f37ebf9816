import { errorMessage } from '../../shared/contract/result';
import DOMPurify from 'dompurify';
import { useEffect, useState } from 'react';
import { call } from '../bridge/api';
import { ErrorAlert } from '../app/ErrorAlert';

/**
 * The story as the site will show it, in a frame that can run nothing: sanitized again here,
 * `sandbox` with no scripts and no forms (the app's own origin, so its images load with the harness's
 * token cookie; without scripts that origin can do nothing) and its own CSP that allows
 * only the app's own images and inline styles.
 */
export function PreviewFrame({ storyId, onClose }: { storyId: string; onClose: () => void }) {
  const [doc, setDoc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('previewStory', { storyId })
      .then(({ title, standfirst, html }) => {
        const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed'], FORBID_ATTR: ['srcset'] });
        const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const origin = window.location.origin;
        setDoc(
          `<!DOCTYPE html><html><head><meta charset="utf-8">` +
            `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${origin} data: blob:; style-src 'unsafe-inline'">` +
            `<style>body{font:17px/1.6 Georgia,serif;max-width:680px;margin:24px auto;padding:0 16px;color:#1d1d1f;background:#fff}` +
            `img{max-width:100%;height:auto}figure{margin:1.5em 0}figcaption{font:13px system-ui;color:#555}` +
            `.standfirst{font-size:20px;color:#444}blockquote{border-left:3px solid #b3261e;margin:1em 0;padding-left:1em}</style></head>` +
            `<body><h1>${esc(title)}</h1>${standfirst ? `<p class="standfirst">${esc(standfirst)}</p>` : ''}${clean}</body></html>`,
        );
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [storyId]);

  return (
    <div className="publish-preview" role="dialog" aria-label="Preview">
      <div className="actions">
        <strong>Preview</strong>
        <button type="button" onClick={onClose}>
          Close preview
        </button>
      </div>
      <ErrorAlert message={error} />
      {doc !== null && <iframe title="Story preview" sandbox="allow-same-origin" srcDoc={doc} />}
    </div>
  );
}
