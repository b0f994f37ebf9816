import { ipcMain, type WebContents } from 'electron';
import { eventChannel, operationChannel } from '../../shared/contract/channels';
import { operationNames } from '../../shared/contract/operations';
import { fail } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { isAppUrl } from '../security/app-origin';

/** Binds every contract operation to ipcMain; a call from any frame not on the app origin is refused. */
export function bindIpc(core: Core): void {
  for (const name of operationNames) {
    ipcMain.handle(operationChannel(name), (event, payload: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) return fail('forbidden', 'This request did not come from Presswork’s own window.');
      return core.dispatch(name, payload);
    });
  }
}

/** Forwards the core's events to one window for as long as it lives. */
export function forwardEvents(core: Core, contents: WebContents): void {
  const unsubscribe = core.events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(eventChannel(name), payload);
  });
  contents.once('destroyed', unsubscribe);
}
