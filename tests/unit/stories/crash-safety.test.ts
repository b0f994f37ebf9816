import { describe, expect, it } from 'vitest';
import { crashRounds } from './support/crash-rounds';
import { tempDir } from '../support/temp-core';

describe('crash safety', () => {
  it('keeps every acknowledged save through 30 kill -9s of the core during an autosave loop', async () => {
    const dir = tempDir();
    let acknowledged = 0;
    const failure = await crashRounds(dir, 30, (_, r) => (acknowledged += r.acks.length));
    expect(failure).toBeNull();
    expect(acknowledged).toBeGreaterThanOrEqual(30);
  }, 600_000);
});
