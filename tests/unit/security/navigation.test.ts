import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isFrameNavigationAllowed, isNavigationAllowed } from '../../../electron/security/navigation';
import { isAppUrl } from '../../../electron/security/app-origin';

describe('navigation guard', () => {
  it('allows the app’s own pages only', () => {
    expect(isNavigationAllowed('app://presswork/index.html')).toBe(true);
    expect(isNavigationAllowed('app://presswork/#/story/1')).toBe(true);
  });

  it.each([
    'https://example.com',
    'https://example.com.attacker.com/app://presswork',
    'app://presswork.attacker.com/index.html',
    'app://evil/index.html',
    'app://user:pw@presswork/index.html',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('treats a missing sender URL as untrusted', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('openExternal filter', () => {
  it('passes http and https links through the URL parser', () => {
    expect(externalUrlToOpen('https://pressxpress.org/story')).toBe('https://pressxpress.org/story');
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/');
    expect(externalUrlToOpen('https://example.com.attacker.com/')).toBe('https://example.com.attacker.com/');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'ms-msdt:/id',
    'mailto:a@b.c',
    'vbscript:msgbox',
    'https://user:pass@example.com/',
    '//example.com',
    '',
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });
});

describe('frames inside the window', () => {
  it('may load only their own srcdoc; the main frame keeps the app rule', () => {
    expect(isFrameNavigationAllowed('about:srcdoc', false)).toBe(true);
    expect(isFrameNavigationAllowed('https://example.org/story', false)).toBe(false);
    expect(isFrameNavigationAllowed('app://presswork/index.html', false)).toBe(false);
    expect(isFrameNavigationAllowed('javascript:alert(1)', false)).toBe(false);
    expect(isFrameNavigationAllowed('app://presswork/index.html', true)).toBe(true);
    expect(isFrameNavigationAllowed('about:srcdoc', true)).toBe(false);
    expect(isFrameNavigationAllowed('https://example.org/', true)).toBe(false);
  });
});
