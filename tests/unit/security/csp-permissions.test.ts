import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security/csp';
import { isPermissionAllowed } from '../../../electron/security/permissions';
import { isAppUrl } from '../../../electron/security/app-origin';
import { previewFramePolicy } from '../../../shared/publish/preview-policy';

const directives = (csp: string) => new Map(csp.split(';').map((d) => { const [k, ...v] = d.trim().split(/\s+/); return [k!, v]; }));

describe('content security policy', () => {
  const csp = directives(contentSecurityPolicy());

  it('denies by default and allows scripts only from the app', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('never allows inline or eval script, or remote origins', () => {
    const all = contentSecurityPolicy();
    expect(all).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('takes styles only from the app’s own files: no inline <style>, no style attribute (the story preview is styled by a stylesheet too)', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.has('style-src-attr')).toBe(false);
    expect(csp.has('style-src-elem')).toBe(false);
  });

  it('adds only the connect sources it is given', () => {
    const withSocket = directives(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:5199'] }));
    expect(withSocket.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5199']);
    expect(withSocket.get('script-src')).toEqual(["'self'"]);
  });
});

describe('the preview frame’s own policy', () => {
  const origin = 'app://presswork';
  const frame = directives(previewFramePolicy(origin));

  it('lets nothing run and nothing load by default', () => {
    expect(frame.get('default-src')).toEqual(["'none'"]);
    expect(frame.has('script-src')).toBe(false);
    expect(frame.get('base-uri')).toEqual(["'none'"]);
    expect(frame.get('form-action')).toEqual(["'none'"]);
  });

  it('allows only the app’s own images and stylesheet, nothing inline and nothing remote', () => {
    expect(frame.get('img-src')).toEqual([origin, 'data:', 'blob:']);
    expect(frame.get('style-src')).toEqual([origin]);
    expect(previewFramePolicy(origin)).not.toMatch(/unsafe-|https?:|\*/);
  });
});

describe('permission requests', () => {
  it.each(['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'openExternal', 'clipboard-read'])('denies %s', (p) => {
    expect(isPermissionAllowed(p, { url: 'app://presswork/index.html', isMainFrame: true }, isAppUrl)).toBe(false);
  });

  it('allows sanitized clipboard writes from the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: 'app://presswork/index.html', isMainFrame: true }, isAppUrl)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: 'https://evil.example/', isMainFrame: true }, isAppUrl)).toBe(false);
  });

  it('judges the frame that asks: a frame inside the app (the preview) gets nothing, whatever its URL', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: 'app://presswork/index.html', isMainFrame: false }, isAppUrl)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: 'about:srcdoc', isMainFrame: false }, isAppUrl)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: undefined, isMainFrame: true }, isAppUrl)).toBe(false);
  });
});
