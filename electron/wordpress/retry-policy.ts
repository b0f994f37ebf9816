/**
 * When a failed request to a site is tried again. Pure: the clock and the randomness come in as
 * arguments so the policy is tested exactly.
 *
 * Only failures that another attempt can fix are retried: the network (no answer, reset, timeout),
 * 429 (rate limited) and 5xx. 4xx answers, above all 401/403, mean the request or the credentials
 * are wrong and sending it again changes nothing.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for inline: the job goes back to the outbox instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

export type Outcome = { kind: 'network' } | { kind: 'http'; status: number; retryAfter?: string | null };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

export function isRetryable(outcome: Outcome): boolean {
  if (outcome.kind === 'network') return true;
  return outcome.status === 429 || (outcome.status >= 500 && outcome.status <= 599);
}

/** "Full jitter": a random delay between half and all of the capped exponential step, so clients spread out. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Retry-After is either delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header == null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its weekday and month; Date.parse alone would take "-1" as a year.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** `attempt` is the number of the attempt that just failed (1 for the first). */
export function decideRetry(
  outcome: Outcome,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  now: number = Date.now(),
  random: () => number = Math.random,
): RetryDecision {
  if (!isRetryable(outcome) || attempt >= policy.maxAttempts) return { retry: false };
  const asked = outcome.kind === 'http' ? parseRetryAfter(outcome.retryAfter, now) : null;
  if (asked !== null) {
    if (asked > policy.maxRetryAfterMs) return { retry: false };
    // The server said when: no jitter, no doubling.
    return { retry: true, delayMs: asked };
  }
  return { retry: true, delayMs: backoffDelay(attempt, policy, random) };
}
