import { dialog, type BrowserWindow } from 'electron';

/** Native dialogs the core may ask for through the shell. */
export async function pickImageFiles(win: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: 'Import media',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'tif', 'tiff'] }],
  });
  return result.canceled ? [] : result.filePaths;
}

export function showFatalError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}
