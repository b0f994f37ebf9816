import { BrowserWindow, nativeTheme, session, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../security/app-origin';
import { externalUrlToOpen, isNavigationAllowed } from '../security/navigation';
import { isPermissionAllowed } from '../security/permissions';
import { hardenedWebPreferences } from '../security/web-preferences';
import type { CloseOutcome } from '../core/close-gate';
import { installContextMenu } from './context-menu';
import { confirmCloseUnsaved } from './dialogs';

/** Session-wide guards: deny permissions by default and refuse every webview. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isPermissionAllowed(permission, contents.getURL(), isAppUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isAppUrl),
  );
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
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
    webPreferences: hardenedWebPreferences(preloadPath),
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
