import { dialog, type BrowserWindow } from 'electron';

/** Native dialogs the shell shows for the core. */
export function showFatalError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}

/** The open story could not be saved as the window closes: the user decides, and staying is the default. */
export async function confirmCloseUnsaved(win: BrowserWindow, message: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    title: 'Presswork',
    message: 'Your last changes could not be saved.',
    detail: `${message}\n\nKeep Presswork open to copy them somewhere safe, or close and lose them.`,
    buttons: ['Keep Presswork open', 'Close without saving'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}
