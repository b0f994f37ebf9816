import { EventEmitter } from 'node:events';

/** One call into the stand-in: which API, with its arguments as JSON can hold them (functions dropped). */
export interface RecordedCall {
  api: string;
  args: unknown[];
}

/**
 * A recording stand-in for the `electron` module, enough for the bundled main process to start
 * under plain Node: every call the shell makes is recorded in order; `app.whenReady` resolves once
 * `ready()` is called, as Electron's does after the main script has run.
 */
export function electronStandIn(dataDir: string) {
  const calls: RecordedCall[] = [];
  const record = (api: string, ...args: unknown[]) => {
    calls.push({ api, args: JSON.parse(JSON.stringify(args, (_key, value: unknown) => (typeof value === 'function' ? undefined : value))) as unknown[] });
  };
  const appEvents = new EventEmitter();
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));

  const webContents = () => {
    const events = new EventEmitter();
    return Object.assign(events, {
      session: { addWordToSpellCheckerDictionary: () => undefined },
      setWindowOpenHandler: () => record('webContents.setWindowOpenHandler'),
      send: (channel: string) => record('webContents.send', channel),
      isDestroyed: () => false,
      getURL: () => '',
    });
  };
  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    readonly webContents = webContents();
    constructor(options: unknown) {
      super();
      record('BrowserWindow', options);
      windows.push(this);
    }
    static getAllWindows = () => windows;
    loadURL(url: string) {
      record('BrowserWindow.loadURL', url);
      return Promise.resolve();
    }
    show = () => record('BrowserWindow.show');
    isMinimized = () => false;
    isDestroyed = () => false;
    restore = () => undefined;
    focus = () => undefined;
    close = () => record('BrowserWindow.close');
  }

  const electron = {
    app: {
      requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), true),
      quit: () => record('app.quit'),
      exit: (code?: number) => record('app.exit', code),
      setAsDefaultProtocolClient: (scheme: string) => (record('app.setAsDefaultProtocolClient', scheme), true),
      on: (event: string, listener: (...args: unknown[]) => void) => {
        record('app.on', event);
        appEvents.on(event, listener);
      },
      whenReady: () => {
        record('app.whenReady');
        return readyPromise.then(() => record('app.whenReady resolved'));
      },
      getPath: (name: string) => (record('app.getPath', name), dataDir),
      getVersion: () => '0.0.0-shell-test',
      // As an installed build: the window must then have no DevTools.
      isPackaged: true,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => record('protocol.registerSchemesAsPrivileged', schemes),
      handle: (scheme: string) => record('protocol.handle', scheme),
    },
    ipcMain: { handle: (channel: string) => record('ipcMain.handle', channel) },
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: () => record('session.setPermissionCheckHandler'),
      },
    },
    shell: { openExternal: (url: string) => (record('shell.openExternal', url), Promise.resolve()) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template, popup: () => record('Menu.popup') }),
      setApplicationMenu: () => record('Menu.setApplicationMenu'),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => record('dialog.showErrorBox', title, message),
      showMessageBox: (_win: unknown, options: unknown) => (record('dialog.showMessageBox', options), Promise.resolve({ response: 0 })),
    },
    safeStorage: {
      getSelectedStorageBackend: () => 'basic_text',
      isEncryptionAvailable: () => false,
      encryptString: (plain: string) => Buffer.from(plain),
      decryptString: (sealed: Buffer) => sealed.toString(),
    },
  };
  return {
    electron,
    calls,
    /** Electron's 'ready': whenReady resolves. */
    ready: () => markReady(),
    /** Electron's quit sequence, as far as the shell listens to it. */
    quit: () => appEvents.emit('will-quit'),
  };
}
