/**
 * The one factory for every window's webPreferences. A plain object (not Electron's type) so it is
 * unit-tested under Node; the shell passes it to BrowserWindow unchanged.
 */
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
  devTools: boolean;
  safeDialogs: true;
  enableBlinkFeatures?: never;
  disableBlinkFeatures: string;
}

/** `devTools` only for development builds: a packaged app gives no console to whoever sits at it. */
export function hardenedWebPreferences(preloadPath: string, options: { spellcheck?: boolean; devTools?: boolean } = {}): HardenedWebPreferences {
  if (!preloadPath) throw new Error('A preload script is required.');
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: options.spellcheck ?? true,
    devTools: options.devTools ?? false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
  };
}
