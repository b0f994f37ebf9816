import { z } from 'zod';
import { operation } from '../operation';

export const appOperations = {
  getAppInfo: operation(
    z.object({}).strict(),
    z.object({ version: z.string(), platform: z.string(), shell: z.enum(['electron', 'harness']) }),
  ),
  /** The renderer's answer to `closeRequested`: it has saved the open story (or says why it could not). */
  confirmClose: operation(
    z.object({ requestId: z.string().uuid(), saved: z.boolean(), message: z.string().max(2_000).default('') }).strict(),
    z.object({ accepted: z.boolean() }),
  ),
} as const;
