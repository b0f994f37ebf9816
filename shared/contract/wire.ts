import { z } from 'zod';

/** Frames on the harness's WebSocket: the same operations as IPC, one request/response pair per call. */
export const WireRequest = z.object({ id: z.number().int(), op: z.string().max(64), input: z.unknown() }).strict();
export type WireRequest = z.infer<typeof WireRequest>;

export const WireMessage = z.union([
  z.object({ kind: z.literal('result'), id: z.number().int(), result: z.unknown() }),
  z.object({ kind: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);
export type WireMessage = z.infer<typeof WireMessage>;

/** The meta tag through which the harness tells its page where the bridge is. */
export const BRIDGE_META_NAME = 'presswork-bridge';
