import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleWork } from '../../../electron/store/idle-work';

afterEach(() => {
  vi.useRealTimers();
});

describe('work after saves', () => {
  it('waits for a pause in the saves, yet never longer than the most it may wait', () => {
    vi.useFakeTimers();
    let clock = 0;
    const runs: number[] = [];
    const work = new IdleWork([() => runs.push(clock)], 250, 2_000, () => clock);
    const advance = (ms: number) => {
      clock += ms;
      vi.advanceTimersByTime(ms);
    };
    work.poke();
    advance(200);
    work.poke(); // a save 200 ms later: the pause starts again
    advance(200);
    expect(runs).toEqual([]);
    advance(50);
    expect(runs).toEqual([450]);

    // Saves every 100 ms without a pause: the work still runs two seconds after the first.
    for (let i = 0; i < 30; i++) {
      work.poke();
      advance(100);
    }
    expect(runs).toEqual([450, 2_450]);
  });

  it('runs every task even when one fails', () => {
    const done: string[] = [];
    const work = new IdleWork([
      () => done.push('a'),
      () => {
        throw new Error('closed');
      },
      () => done.push('c'),
    ]);
    work.runNow();
    expect(done).toEqual(['a', 'c']);
  });

  it('reports each failed task, with its place and error, instead of swallowing it', () => {
    const failures: [number, unknown][] = [];
    const closed = new Error('closed');
    const work = new IdleWork([
      () => undefined,
      () => {
        throw closed;
      },
    ]);
    work.onTaskFailure = (task, error) => failures.push([task, error]);
    work.runNow();
    work.runNow();
    expect(failures).toEqual([
      [1, closed],
      [1, closed],
    ]);
  });
});
