import { describe, expect, it, vi } from 'vitest';
import { anyAutosaverDirty, Autosaver, flushEveryAutosaver, type SaveState } from '../../../renderer/stories/autosaver';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the autosaver', () => {
  it('saves within a second of the last keystroke, once, with the latest text', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = new Autosaver<string>(async (s) => (saved.push(s), { savedAt: 1 }), () => undefined);
    let text = '';
    for (const ch of 'hello') {
      text += ch;
      saver.change(() => text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['hello']);
    expect(saver.dirty).toBe(false);
    vi.useRealTimers();
  });

  it('never marks an edit typed during a save as saved by that save', async () => {
    const states: SaveState[] = [];
    const calls: { snapshot: string; done: ReturnType<typeof deferred<{ savedAt: number }>> }[] = [];
    const saver = new Autosaver<string>(
      (snapshot) => {
        const done = deferred<{ savedAt: number }>();
        calls.push({ snapshot, done });
        return done.promise;
      },
      (s) => states.push(s),
      10_000,
    );
    let text = 'a';
    saver.change(() => text);
    const flushing = saver.flush();
    expect(calls).toHaveLength(1);
    text = 'ab';
    saver.change(() => text); // typed while the first save is in flight
    calls[0]!.done.resolve({ savedAt: 1 });
    await Promise.resolve();
    await Promise.resolve();
    expect(saver.dirty).toBe(true);
    expect(states.at(-1)).not.toEqual({ kind: 'saved', at: 1 });
    // flush() keeps going until the second edit is acknowledged too.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.snapshot).toBe('ab');
    calls[1]!.done.resolve({ savedAt: 2 });
    await flushing;
    expect(saver.dirty).toBe(false);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 2 });
    saver.dispose();
  });

  it('reports a failed save readably and keeps the edit to retry', async () => {
    const states: SaveState[] = [];
    let fail = true;
    const saver = new Autosaver<string>(
      async () => {
        if (fail) throw new Error('The disk is full.');
        return { savedAt: 5 };
      },
      (s) => states.push(s),
    );
    saver.change(() => 'x');
    await saver.flush();
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Not saved: The disk is full.' });
    expect(saver.dirty).toBe(true);
    fail = false;
    await saver.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 5 });
    saver.dispose();
  });

  it('flushOrThrow fails while a change is unsaved, so leaving the story can stop, and passes once saved', async () => {
    let fail = true;
    const saver = new Autosaver<string>(
      async () => {
        if (fail) throw new Error('The disk is full.');
        return { savedAt: 7 };
      },
      () => undefined,
    );
    await expect(saver.flushOrThrow()).resolves.toBeUndefined();
    saver.change(() => 'x');
    await expect(saver.flushOrThrow()).rejects.toThrow('Not saved: The disk is full.');
    fail = false;
    await expect(saver.flushOrThrow()).resolves.toBeUndefined();
    expect(saver.dirty).toBe(false);
    saver.dispose();
  });

  it('saves again as soon as the core answers again, not after the retry delay', async () => {
    vi.useFakeTimers();
    let back: (() => void) | null = null;
    let down = true;
    const saved: string[] = [];
    const saver = new Autosaver<string>(
      async (s) => {
        if (down) throw new Error('Presswork’s backend is not answering.');
        saved.push(s);
        return { savedAt: 9 };
      },
      () => undefined,
      400,
      (retry) => ((back = retry), () => (back = null)),
    );
    saver.change(() => 'kept words');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.dirty).toBe(true);
    down = false;
    back!();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['kept words']);
    expect(saver.dirty).toBe(false);
    saver.dispose();
    expect(back).toBeNull();
    vi.useRealTimers();
  });

  it('closing the window flushes every autosaver with an edit, and fails while one cannot save', async () => {
    const saved: string[] = [];
    let fail = false;
    const story = new Autosaver<string>(async (s) => (saved.push(s), { savedAt: 1 }), () => undefined, 10_000);
    const image = new Autosaver<string>(
      async (s) => {
        if (fail) throw new Error('The disk is full.');
        saved.push(s);
        return { savedAt: 1 };
      },
      () => undefined,
      10_000,
    );
    story.change(() => 'headline');
    image.change(() => 'alt text');
    expect(anyAutosaverDirty()).toBe(true);
    await flushEveryAutosaver();
    expect(saved.sort()).toEqual(['alt text', 'headline']);
    expect(anyAutosaverDirty()).toBe(false);
    fail = true;
    image.change(() => 'caption');
    await expect(flushEveryAutosaver()).rejects.toThrow('Not saved: The disk is full.');
    image.dispose();
    story.dispose();
    // Disposed savers are no longer the window's to flush.
    await expect(flushEveryAutosaver()).resolves.toBeUndefined();
  });
});
