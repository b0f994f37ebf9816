import { app, BrowserWindow, nativeTheme, session, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../security/app-origin';
import { externalUrlToOpen, isFrameNavigationAllowed, isNavigationAllowed } from '../security/navigation';
import { isPermissionAllowed } from '../security/permissions';
import { hardenedWebPreferences } from '../security/web-preferences';
import type { CloseOutcome } from '../core/close-gate';
import { installContextMenu } from './context-menu';
import { confirmCloseUnsaved } from './dialogs';

/** Session-wide guards: deny permissions by default and refuse every webview. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  // Judged by the frame that asks, not by the window's page.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame }, isAppUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionAllowed(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame }, isAppUrl),
  );
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isFrameNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Presswork',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181b' : '#fbfaf7',
    webPreferences: hardenedWebPreferences(preloadPath, { devTools: !app.isPackaged }),
  });
  guardContents(win.webContents);
  installContextMenu(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Holds a window's close until the renderer has saved the open story (the core's close gate), so a
 * story typed a moment ago is on disk before the window goes; asks the user when the save failed.
 */
export function holdCloseUntilSaved(win: BrowserWindow, requestClose: () => Promise<CloseOutcome>): void {
  let allowed = false;
  let asking = false;
  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void requestClose()
      .then(async (outcome) => (outcome.ok || outcome.reason === 'no_answer' ? true : confirmCloseUnsaved(win, outcome.message)))
      .then((close) => {
        asking = false;
        if (!close || win.isDestroyed()) return;
        allowed = true;
        win.close();
      });
  });
}
