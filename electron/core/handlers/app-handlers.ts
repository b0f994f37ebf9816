import type { HandlersFor } from '../dispatch';
import type { appOperations } from '../../../shared/contract/operations/app';

export function appHandlers(info: { version: string; shell: 'electron' | 'harness' }): HandlersFor<typeof appOperations> {
  return {
    getAppInfo: () => ({ version: info.version, platform: process.platform, shell: info.shell }),
  };
}
