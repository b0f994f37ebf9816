import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security/csp';
import { isPermissionAllowed } from '../../../electron/security/permissions';
import { isAppUrl } from '../../../electron/security/app-origin';

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

  it('adds only the connect sources it is given', () => {
    const withSocket = directives(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:5199'] }));
    expect(withSocket.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5199']);
    expect(withSocket.get('script-src')).toEqual(["'self'"]);
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
