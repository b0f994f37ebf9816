import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Core } from '../core/core';

/** The native menu: standard roles and accelerators, plus the app's commands sent as events. */
export function installMenu(core: Core, getWindow: () => BrowserWindow | null): void {
  const isMac = process.platform === 'darwin';
  const command = (name: 'newStory' | 'find') => () => {
    if (getWindow()) core.events.emit('menuCommand', { command: name });
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Story', accelerator: 'CmdOrCtrl+N', click: command('newStory') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find and Replace…', accelerator: 'CmdOrCtrl+F', click: command('find') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Presswork', role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
