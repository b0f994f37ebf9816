import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';
import { readConfinedFile } from '../security/confined-file';
import { contentSecurityPolicy } from '../security/csp';
import { resolveAppRequest } from '../security/protocol-path';
import { isMediaPath, resolveMediaRequest } from '../media/media-url';

/** Must run before app 'ready': the scheme is standard and secure so the renderer gets a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `root`, and media renditions from `mediaDir` under /media/, over app://, with the CSP on every response; never file://. */
export function serveRenderer(root: string, mediaDir: string): void {
  const csp = contentSecurityPolicy();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const media = url.host === APP_HOST && isMediaPath(url.pathname);
    const answer = media ? resolveMediaRequest(mediaDir, request.method, url.pathname) : resolveAppRequest(root, request.method, request.url, APP_HOST);
    if (answer.kind === 'refuse') return new Response(null, { status: answer.status });
    const body = await readConfinedFile(media ? mediaDir : root, answer.path);
    if (body === null) return new Response(null, { status: 404 });
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { 'content-type': answer.mime, 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
    });
  });
}
