// npm run bench:editor: keystroke latency of the body editor against a bare contenteditable (and
// WordPress's block editor when a local WordPress is running), story open time and heap.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, root, startHarness } from '../../e2e/support/app';
import { core as coreCall } from '../../e2e/support/core-call';
import { ensureRendererBuilt } from '../../harness/renderer-build';
import { benchContext } from './bench-context';
import { installProbe, percentile, round, takeSamples, typeMeasured, type KeystrokeSample } from './keystroke-probe';
import { storyBody, storyHtml, storyShape } from './story-fixture';
import { measureWordPress } from './wordpress-editor';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 120);
const WARMUP = 10;
const HEAP_KEYSTROKES = 2000;
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number);
/** Which parts to run (comma-separated: open, keystroke, heap, wordpress); all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'open,keystroke,heap,wordpress').split(','));
const SHORT_HEADLINE = 'Bench story short';
const BLOCK = 20; // keystrokes per turn when alternating editors, so background load hits both alike
const TARGETS = { p50Ratio: 1.5, p95Ratio: 1.25, openMs: 200, wpP50Ratio: 0.5 };

const emit = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
/** Progress goes to stderr so stdout stays one JSON object per line. */
const progress = (message: string) => process.stderr.write(`[bench:editor] ${message}\n`);

/** Puts the caret in the middle of the middle paragraph of an editable root. */
async function caretInMiddle(page: Page, rootSelector: string): Promise<void> {
  await page.locator(rootSelector).focus();
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const paragraphs = root.querySelectorAll('p');
    const p = paragraphs[Math.floor(paragraphs.length / 2)]!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const offset = text.data.indexOf(' ', Math.floor(text.data.length / 2)) + 1;
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(text, offset);
    range.collapse(true);
    selection.addRange(range);
  }, rootSelector);
  // The pointer rests over the text in both pages, as it does for someone who clicked into the
  // text to type: Chromium then hit-tests under it after each keystroke's layout (0.7 ms in the bare
  // page, more in a whole app). Left where it was, it sat over the app (from opening the story) but
  // never over the bare page, which had never seen the mouse.
  const box = await page.locator(rootSelector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    return { x: r.left + r.width / 2, y: (top + bottom) / 2 };
  });
  await page.mouse.move(box.x, box.y);
  // Let the editor pick up the selection before the first key.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

async function openBare(browser: Browser, words: number): Promise<Page> {
  const page = await (await benchContext(browser)).newPage();
  await page.setContent(
    `<!doctype html><html><head><style>body{margin:0}#bare{max-width:760px;margin:0 auto;padding:24px 32px;font:18px/1.6 Georgia,serif;outline:none}</style></head>` +
      `<body><div id="bare" contenteditable="true" spellcheck="true">${storyHtml(storyShape(words))}</div></body></html>`,
  );
  await caretInMiddle(page, '#bare');
  await installProbe(page);
  return page;
}

/** Opens the story in Presswork and returns the time from the click to the first painted frame of its body. */
async function openPresswork(page: Page, headline: string): Promise<number> {
  const item = page.getByRole('button', { name: new RegExp(headline) });
  await item.waitFor();
  const expected = headline === SHORT_HEADLINE ? 10 : 100;
  await page.evaluate(({ expected, headline }) => {
    const w = window as unknown as { __pwOpen?: Promise<number> };
    w.__pwOpen = new Promise<number>((resolve) => {
      document.addEventListener(
        'click',
        () => {
          const start = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          const check = () => {
            const body = document.querySelector('.body-input');
            const title = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Headline"]');
            if (body && title?.value === headline && body.querySelectorAll('p').length >= expected) {
              // Content is in the DOM in this frame; it is painted once the frame's work is done.
              channel.port2.postMessage(null);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  }, { expected, headline });
  await item.click();
  return page.evaluate(() => (window as unknown as { __pwOpen: Promise<number> }).__pwOpen);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round(usage.usedSize / 1024 / 1024);
}

/** Heap after a long session in the 10k-word story: history is capped, so it stays bounded. */
async function measureHeap(app: Page, url: string, headline: string) {
  await app.goto(url);
  await openPresswork(app, headline);
  await caretInMiddle(app, '.body-input');
  const before = await heapMb(app);
  const sentence = 'Officials said the figures would be revised. ';
  for (let typed = 0; typed < HEAP_KEYSTROKES; typed += sentence.length) {
    await app.keyboard.type(sentence.slice(0, Math.min(sentence.length, HEAP_KEYSTROKES - typed)));
    // A pause longer than the history merge window, so every sentence is its own undo step.
    await app.waitForTimeout(1050);
  }
  const after = await heapMb(app);
  return { name: 'heap_after_keystrokes', editor: 'presswork', words: 10_000, keystrokes: HEAP_KEYSTROKES, unit: 'MB', before, after, growth: round(after - before) };
}

function summary(editor: string, words: number, samples: KeystrokeSample[]) {
  const frames = samples.map((s) => s.frame);
  const scripts = samples.map((s) => s.script);
  return {
    name: 'keystroke',
    editor,
    words,
    unit: 'ms',
    samples: samples.length,
    p50: round(percentile(frames, 50)),
    p95: round(percentile(frames, 95)),
    script_p50: round(percentile(scripts, 50)),
    script_p95: round(percentile(scripts, 95)),
  };
}

async function main() {
  await ensureRendererBuilt(root);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'presswork-bench-'));
  const harness = await startHarness(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const app = await (await benchContext(browser)).newPage();
    await app.goto(harness.url);
    await app.getByRole('button', { name: 'New story' }).waitFor();
    progress('harness ready; creating stories');
    const headlines = new Map<number, string>();
    for (const words of SIZES) {
      const story = (await coreCall(app, 'createStory', {})) as { id: string };
      const headline = `Bench story ${words} words`;
      await coreCall(app, 'saveStory', { id: story.id, headline, body: storyBody(storyShape(words)) });
      headlines.set(words, headline);
    }
    const short = (await coreCall(app, 'createStory', {})) as { id: string };
    await coreCall(app, 'saveStory', { id: short.id, headline: SHORT_HEADLINE, body: storyBody(storyShape(1_000)) });

    progress('measuring open time');
    // Cold: the first story opened in a fresh window (nothing compiled yet). Warm: the same story
    // opened again after another, as an editor moving between stories does all day.
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < (PARTS.has('open') ? 5 : 0); i++) {
      const page = await (await benchContext(browser)).newPage();
      await page.goto(harness.url);
      cold.push(await openPresswork(page, headlines.get(10_000)!));
      await openPresswork(page, SHORT_HEADLINE);
      warm.push(await openPresswork(page, headlines.get(10_000)!));
      await page.context().close();
    }
    if (PARTS.has('open')) {
      emit({ name: 'open_to_first_paint', editor: 'presswork', words: 10_000, start: 'warm', unit: 'ms', runs: warm.map(round), p50: round(percentile(warm, 50)), target: TARGETS.openMs });
      emit({ name: 'open_to_first_paint', editor: 'presswork', words: 10_000, start: 'cold', unit: 'ms', runs: cold.map(round), p50: round(percentile(cold, 50)), target: TARGETS.openMs });
    }

    const measured = new Map<number, ReturnType<typeof summary>>();
    for (const words of PARTS.has('keystroke') ? SIZES : []) {
      progress(`typing in the ${words}-word story`);
      await app.goto(harness.url);
      await openPresswork(app, headlines.get(words)!);
      await caretInMiddle(app, '.body-input');
      await installProbe(app);
      const bare = await openBare(browser, words);
      // Warm both up (JIT, caches) before measuring.
      for (const page of [app, bare]) {
        await page.bringToFront();
        await typeMeasured(page, page, WARMUP);
        await takeSamples(page);
      }
      const samples = { presswork: [] as KeystrokeSample[], bare: [] as KeystrokeSample[] };
      for (let done = 0; done < KEYSTROKES; done += BLOCK) {
        for (const [name, page] of [['presswork', app], ['bare', bare]] as const) {
          await page.bringToFront();
          // The first keys after a switch pay for the page coming to the front: not the editor's cost.
          await typeMeasured(page, page, 2);
          await takeSamples(page);
          await typeMeasured(page, page, Math.min(BLOCK, KEYSTROKES - done));
          samples[name].push(...(await takeSamples(page)));
        }
      }
      const p = summary('presswork', words, samples.presswork);
      const b = summary('bare-contenteditable', words, samples.bare);
      measured.set(words, p);
      emit(p);
      emit(b);
      emit({
        name: 'keystroke_ratio',
        editor: 'presswork',
        versus: 'bare-contenteditable',
        words,
        p50_ratio: round(p.p50 / b.p50),
        p95_ratio: round(p.p95 / b.p95),
        target_p50_ratio: TARGETS.p50Ratio,
        target_p95_ratio: TARGETS.p95Ratio,
        met: p.p50 <= TARGETS.p50Ratio * b.p50 && p.p95 <= TARGETS.p95Ratio * b.p95,
      });
      await bare.context().close();
    }

    if (PARTS.has('heap')) {
      progress('heap after a long session');
      emit(await measureHeap(app, harness.url, headlines.get(10_000)!));
    }

    progress('WordPress block editor');
    const wordpress: Awaited<ReturnType<typeof measureWordPress>> = PARTS.has('wordpress')
      ? await measureWordPress(browser, { keystrokes: KEYSTROKES, warmup: WARMUP, words: 10_000 })
      : { kind: 'skipped', reason: 'not requested (BENCH_PARTS)' };
    if (wordpress.kind === 'skipped') {
      emit({ name: 'keystroke', editor: 'wordpress-block-editor', words: 10_000, skipped: true, reason: wordpress.reason });
    } else {
      const w = summary('wordpress-block-editor', 10_000, wordpress.samples);
      emit({ ...w, version: wordpress.version });
      emit({ name: 'open_to_first_paint', editor: 'wordpress-block-editor', words: 10_000, unit: 'ms', p50: round(wordpress.openMs), note: 'navigation start to the story in the canvas, assets cached' });
      const p = measured.get(10_000);
      if (p) emit({
        name: 'keystroke_ratio',
        editor: 'presswork',
        versus: 'wordpress-block-editor',
        words: 10_000,
        p50_ratio: round(p.p50 / w.p50),
        target_p50_ratio: TARGETS.wpP50Ratio,
        met: p.p50 <= TARGETS.wpP50Ratio * w.p50,
      });
    }
  } finally {
    await browser.close();
    harness.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
