import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { createCore, type Core } from './core/core';
import { deepLinkFromArgv } from './core/deep-link';
import { chooseSqliteBinding } from './native/sqlite-binding';
import { EncryptedFileSecretStore } from './secrets/encrypted-file-store';
import { CALLBACK_SCHEME } from './sites/site-authorization';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { showFatalError } from './shell/dialogs';
import { bindIpc, forwardEvents } from './shell/ipc';
import { installMenu } from './shell/menu';
import { safeStorageCipher } from './shell/safe-storage';
import { createMainWindow, hardenSession, holdCloseUntilSaved } from './shell/window';
import { errorMessage } from '../shared/contract/result';

// The shell only wires Electron to the core; everything it calls is tested under plain Node.
const here = __dirname; // dist/electron inside the app (asar) or the checkout
const appRoot = path.resolve(here, '..', '..');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let core: Core | null = null;
  let win: BrowserWindow | null = null;
  // Links that arrive before the core is up wait here (macOS sends open-url before ready).
  const earlyLinks: string[] = [];

  const focusWindow = () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  };
  const openLink = (url: string | null) => {
    if (!url) return;
    if (!core) earlyLinks.push(url);
    else void core.openUrl(url).then((handled) => handled && focusWindow());
  };

  // presswork://authorize brings WordPress's sign-in back to the app.
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(CALLBACK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(CALLBACK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openLink(url);
  });
  app.on('second-instance', (_event, argv) => {
    focusWindow();
    openLink(deepLinkFromArgv(argv));
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  app
    .whenReady()
    .then(() => {
      const dataDir = process.env.PRESSWORK_DATA_DIR || app.getPath('userData');
      const nativeBinding = chooseSqliteBinding({
        electronVersion: process.versions.electron,
        modulesAbi: process.versions.modules,
        searchRoots: [process.resourcesPath, appRoot],
      });
      core = createCore({
        dataDir,
        shell: 'electron',
        version: app.getVersion(),
        secrets: new EncryptedFileSecretStore(dataDir, safeStorageCipher),
        nativeBinding,
      });
      hardenSession();
      serveRenderer(path.join(appRoot, 'dist', 'renderer'), core.mediaDir);
      bindIpc(core);
      const open = () => {
        win = createMainWindow(path.join(here, 'preload.cjs'));
        forwardEvents(core!, win.webContents);
        holdCloseUntilSaved(win, () => core!.requestClose());
        win.on('closed', () => (win = null));
      };
      installMenu(core, () => win);
      open();
      for (const url of earlyLinks.splice(0)) openLink(url);
      openLink(deepLinkFromArgv(process.argv));
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) open();
      });
    })
    .catch((error: unknown) => {
      showFatalError('Presswork could not start', errorMessage(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
