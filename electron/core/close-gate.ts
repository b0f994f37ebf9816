import { randomUUID } from 'node:crypto';

export type CloseOutcome = { ok: true } | { ok: false; reason: 'unsaved'; message: string } | { ok: false; reason: 'no_answer' };

/**
 * The window asks before it closes: the shell holds the close, the renderer saves what is open and
 * answers, and only then does the window go. A renderer that never answers (hung, or still loading)
 * must not keep the app open for ever, so the wait is bounded.
 */
export class CloseGate {
  private readonly waiting = new Map<string, (outcome: CloseOutcome) => void>();

  constructor(private readonly announce: (requestId: string) => void) {}

  request(timeoutMs = 5_000): Promise<CloseOutcome> {
    const requestId = randomUUID();
    return new Promise<CloseOutcome>((resolve) => {
      const timer = setTimeout(() => this.settle(requestId, { ok: false, reason: 'no_answer' }), timeoutMs);
      this.waiting.set(requestId, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.announce(requestId);
    });
  }

  /** The renderer's answer; false when nobody is waiting for it (answered twice, or too late). */
  answer(requestId: string, saved: boolean, message = ''): boolean {
    return this.settle(requestId, saved ? { ok: true } : { ok: false, reason: 'unsaved', message });
  }

  private settle(requestId: string, outcome: CloseOutcome): boolean {
    const done = this.waiting.get(requestId);
    if (!done) return false;
    this.waiting.delete(requestId);
    done(outcome);
    return true;
  }
}
