import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../electron/security/web-preferences';

describe('webPreferences factory', () => {
  const prefs = hardenedWebPreferences('/app/preload.cjs');

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('opens DevTools only where the shell asks for them (development builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(hardenedWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('requires a preload', () => {
    expect(() => hardenedWebPreferences('')).toThrow();
  });
});
