/**
 * Work that follows saves but must stay off their path: it runs once the saves pause for `idleMs`,
 * or at the latest `maxWaitMs` after the first one it follows, so a steady stream of saves still
 * sees it done. Each task runs on its own; one failing (the database closed meanwhile) does not
 * stop the others, and every task must be safe to run again later.
 */
export class IdleWork {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPoke = 0;
  /** Where a task's failure is reported (the core's log); it is not thrown, so the other tasks still run. */
  onTaskFailure: (task: number, error: unknown) => void = () => undefined;

  constructor(
    private readonly tasks: readonly (() => void)[],
    // Autosaves are at least 400 ms apart (the renderer's autosaver waits that long after the last
    // edit): work started 150 ms into a pause is done before the next save can arrive.
    private readonly idleMs = 150,
    private readonly maxWaitMs = 2_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Says a save just happened. */
  poke(): void {
    const now = this.clock();
    if (this.timer === null) this.firstPoke = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.idleMs, this.firstPoke + this.maxWaitMs - now));
    this.timer = setTimeout(() => this.runNow(), wait);
    this.timer.unref?.();
  }

  /** Runs the work at once (and cancels the pending run). */
  runNow(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.tasks.forEach((task, index) => {
      try {
        task();
      } catch (error) {
        // Each task catches up on its next run, or before anything reads what it maintains.
        this.onTaskFailure(index, error);
      }
    });
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
