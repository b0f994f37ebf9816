import type { Frame, Page } from '@playwright/test';

/** One keystroke's figures, in milliseconds from its keydown. */
export interface KeystrokeSample {
  frame: number;
  script: number;
}

interface ProbeWindow {
  __pwProbe?: { samples: KeystrokeSample[] };
}

/**
 * Installs the measuring listeners in a page (or frame): a capture-phase keydown listener stamps
 * the key; "script" ends when the microtasks queued after the last input (or beforeinput) handler
 * have run, which includes an editor's synchronous reconciliation; "frame" ends at the first
 * message after the next animation frame, i.e. once that frame's rendering work is done. The same
 * function runs in every editor, so the comparison is like for like.
 */
export async function installProbe(target: Page | Frame): Promise<void> {
  await target.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    if (w.__pwProbe) return;
    const probe = { samples: [] as KeystrokeSample[] };
    w.__pwProbe = probe;
    let start = 0;
    let scriptEnd = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const end = performance.now();
      probe.samples.push({ frame: end - start, script: (scriptEnd || end) - start });
      start = 0;
    };
    const afterHandlers = () => {
      const observed = start;
      // Two microtask hops: past anything an editor queued from inside its own handler.
      queueMicrotask(() =>
        queueMicrotask(() => {
          if (start === observed && start !== 0) scriptEnd = performance.now();
        }),
      );
    };
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key.length !== 1) return;
        start = performance.now();
        scriptEnd = 0;
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      { capture: true },
    );
    window.addEventListener('beforeinput', afterHandlers);
    window.addEventListener('input', afterHandlers);
  });
}

export async function sampleCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => (window as unknown as ProbeWindow).__pwProbe?.samples.length ?? 0);
}

export async function takeSamples(target: Page | Frame): Promise<KeystrokeSample[]> {
  return target.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__pwProbe;
    const out = probe ? probe.samples.splice(0) : [];
    return out;
  });
}

/** Types `count` characters one at a time, waiting for each to be measured before the next. */
export async function typeMeasured(page: Page, target: Page | Frame, count: number): Promise<void> {
  const text = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < count; i++) {
    const before = await sampleCount(target);
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    await target.waitForFunction((n) => ((window as unknown as ProbeWindow).__pwProbe?.samples.length ?? 0) > n, before, { polling: 'raf' });
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number) => Math.round(n * 100) / 100;
