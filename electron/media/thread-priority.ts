import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Nice value for image work: the editor and the rest of the machine go first, imports take what is left. */
export const IMAGE_WORK_NICE = 19;

/**
 * Lowers the scheduling priority of libvips' worker threads, which do the decoding and encoding.
 * On Linux a nice value belongs to a thread, so this touches only image work, never the core's event
 * loop or the window. Threads are pooled and reused, and new ones appear lazily, so the pipeline
 * calls this around every job. Elsewhere (no /proc) it does nothing.
 */
export function lowerImageThreadPriority(tasksDir = '/proc/self/task'): number {
  let lowered = 0;
  let tasks: string[];
  try {
    tasks = readdirSync(tasksDir);
  } catch {
    return 0;
  }
  for (const tid of tasks) {
    try {
      if (!readFileSync(`${tasksDir}/${tid}/comm`, 'utf8').startsWith('libvips')) continue;
      lowerThread(Number(tid));
      lowered++;
    } catch {
      // The thread ended meanwhile, or the platform refuses: image work simply keeps its priority.
    }
  }
  return lowered;
}

/**
 * Lowers the calling thread's own priority: the pipeline worker's JavaScript thread hashes every
 * file and drives sharp, about 14% of a core during a batch, and is image work like the rest.
 * Returns the thread id lowered, or null where threads cannot be told apart (no /proc).
 */
export function lowerOwnThreadPriority(threadSelf = '/proc/thread-self'): number | null {
  try {
    const tid = Number(path.basename(readlinkSync(threadSelf)));
    if (!Number.isInteger(tid) || tid <= 0) return null;
    lowerThread(tid);
    return tid;
  } catch {
    return null;
  }
}

/** Sets a thread to IMAGE_WORK_NICE unless it is already at least that low. */
function lowerThread(tid: number): void {
  if (os.getPriority(tid) < IMAGE_WORK_NICE) os.setPriority(tid, IMAGE_WORK_NICE);
}
