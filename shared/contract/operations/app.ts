import { z } from 'zod';
import { operation } from '../operation';

export const appOperations = {
  getAppInfo: operation(
    z.object({}).strict(),
    z.object({ version: z.string(), platform: z.string(), shell: z.enum(['electron', 'harness']) }),
  ),
} as const;
