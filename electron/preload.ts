import { contextBridge, ipcRenderer } from 'electron';
import { bindOperations, type PressworkApi } from '../shared/contract/api';
import { eventChannel, operationChannel } from '../shared/contract/channels';
import { isEventName } from '../shared/contract/events';
import type { Result } from '../shared/contract/result';

// Named functions only: the renderer never sees ipcRenderer or a channel string.
const api = {
  ...bindOperations((name, input) => ipcRenderer.invoke(operationChannel(name), input) as Promise<Result<unknown>>),
  onEvent(name, listener) {
    if (!isEventName(name)) throw new Error('Unknown event');
    const channel = eventChannel(name);
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
} satisfies PressworkApi;

contextBridge.exposeInMainWorld('presswork', api);
