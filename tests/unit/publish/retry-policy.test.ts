import { describe, expect, it } from 'vitest';
import { backoffDelay, decideRetry, DEFAULT_RETRY_POLICY, isRetryable, parseRetryAfter } from '../../../electron/publish/retry-policy';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 30_000 };

describe('retry policy', () => {
  it('retries network errors, 429 and 5xx only', () => {
    expect(isRetryable({ kind: 'network' })).toBe(true);
    expect(isRetryable({ kind: 'http', status: 429 })).toBe(true);
    for (const status of [500, 502, 503, 504, 599]) expect(isRetryable({ kind: 'http', status })).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 410, 422]) expect(isRetryable({ kind: 'http', status })).toBe(false);
  });

  it('never retries 401 or 403, whatever the attempt', () => {
    expect(decideRetry({ kind: 'http', status: 401 }, 1, policy, 0, () => 0.5)).toEqual({ retry: false });
    expect(decideRetry({ kind: 'http', status: 403, retryAfter: '1' }, 1, policy, 0, () => 0.5)).toEqual({ retry: false });
  });

  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(50);
    expect(backoffDelay(1, policy, () => 1)).toBe(100);
    expect(backoffDelay(3, policy, () => 0)).toBe(200);
    expect(backoffDelay(3, policy, () => 1)).toBe(400);
    expect(backoffDelay(10, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(60, policy, () => 0)).toBe(500);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(2, policy, Math.random);
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(200);
    }
  });

  it('stops after the last attempt', () => {
    expect(decideRetry({ kind: 'network' }, 4, policy, 0, () => 0).retry).toBe(true);
    expect(decideRetry({ kind: 'network' }, 5, policy, 0, () => 0)).toEqual({ retry: false });
  });

  it('honours Retry-After in seconds and as an HTTP date, exactly', () => {
    expect(decideRetry({ kind: 'http', status: 503, retryAfter: '3' }, 1, policy, 0, () => 0)).toEqual({ retry: true, delayMs: 3_000 });
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(decideRetry({ kind: 'http', status: 429, retryAfter: 'Thu, 26 Nov 2026 10:00:07 GMT' }, 2, policy, now, () => 1)).toEqual({ retry: true, delayMs: 7_000 });
  });

  it('does not wait inline for a Retry-After beyond the limit, and ignores an unreadable one', () => {
    expect(decideRetry({ kind: 'http', status: 503, retryAfter: '3600' }, 1, policy, 0, () => 0)).toEqual({ retry: false });
    expect(decideRetry({ kind: 'http', status: 503, retryAfter: 'soon' }, 1, policy, 0, () => 0)).toEqual({ retry: true, delayMs: 50 });
  });

  it('parses Retry-After forms', () => {
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter(' 12 ', 0)).toBe(12_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 10_000)).toBe(0);
    expect(parseRetryAfter('-1', 0)).toBeNull();
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(1);
  });
});
