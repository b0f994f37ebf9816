import type { z } from 'zod';
import { appOperations } from './operations/app';
import { storyOperations } from './operations/stories';
import { reviewOperations } from './operations/review';
import { mediaOperations } from './operations/media';
import { siteOperations } from './operations/sites';
import { publishOperations } from './operations/publish';

export { operation } from './operation';

/**
 * The one table of everything the renderer may ask of the core, merged from one file per
 * capability. Electron's ipcMain, the preload and the harness's WebSocket all bind exactly this.
 */
export const operations = {
  ...appOperations,
  ...storyOperations,
  ...reviewOperations,
  ...mediaOperations,
  ...siteOperations,
  ...publishOperations,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}
