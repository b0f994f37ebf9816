import type { z } from 'zod';

/** Declares one operation: what it accepts and what it answers. */
export const operation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export type OperationSpec = ReturnType<typeof operation>;
