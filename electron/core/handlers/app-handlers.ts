import type { HandlersFor } from '../dispatch';
import type { appOperations } from '../../../shared/contract/operations/app';
import type { CloseGate } from '../close-gate';

export function appHandlers(info: { version: string; shell: 'electron' | 'harness' }, closeGate: CloseGate): HandlersFor<typeof appOperations> {
  return {
    getAppInfo: () => ({ version: info.version, platform: process.platform, shell: info.shell }),
    confirmClose: ({ requestId, saved, message }) => ({ accepted: closeGate.answer(requestId, saved, message) }),
  };
}
