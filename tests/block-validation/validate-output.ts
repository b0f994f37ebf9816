/**
 * Judges the block markup Presswork writes with WordPress's own block library (@wordpress/blocks
 * and @wordpress/block-library, installed apart by install.sh): every block we render must be valid
 * for its block type's current save function, not merely valid through a deprecation.
 *
 *   node --import tsx tests/block-validation/validate-output.ts [MODULES_DIR]
 *
 * MODULES_DIR is the folder install.sh prints (it runs install.sh itself when none is given).
 * Exit 0: all valid; 1: invalid blocks (listed); 2: the packages could not be installed (the reason
 * is printed, and nothing was judged).
 *
 * What is judged here: the *current* form, i.e. our output for a site whose WordPress writes the
 * current form (the library installed here is today's). Output for a 6.1 site is judged by the real
 * 6.1 editor in tests/e2e/wordpress-block-validity.spec.ts. Blocks written back byte for byte as the
 * site sent them (preserved blocks) are the site's, not ours, and are not judged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../shared/content/dom-window';
import { footnoteFormatFor } from '../../shared/content/wordpress/footnote-anchors';
import { wordpressToStory, type RemoteImage } from '../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent, type MediaResolver, type ResolvedMedia } from '../../shared/content/wordpress/to-blocks';
import type { BodyState } from '../../shared/story/story-schema';
import { topLevelBlocks } from '../../shared/content/wordpress/block-source';
import { loadCorpus } from '../support/wordpress/corpus/corpus-fixtures';
import { everyBlock } from '../unit/content/wide-body';

/** The WordPress version whose output is judged: one that writes the current form. */
const CURRENT_SITE_VERSION = '6.8';

function modulesDir(): string | { skip: string } {
  if (process.argv[2]) return process.argv[2];
  const install = spawnSync('bash', [path.join(import.meta.dirname, 'install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (install.status !== 0) return { skip: `installing @wordpress/blocks and @wordpress/block-library failed (exit ${install.status ?? 'killed'}); the npm output is above` };
  return install.stdout.trim().split('\n').pop()!;
}

/** Our markup for a site whose WordPress writes the current form (the classes of headings and lists, say); a classic post stays classic. */
function renderForCurrentSite(body: BodyState, media: MediaResolver, classic = false): string {
  return bodyToPostContent(body, media, footnoteFormatFor(CURRENT_SITE_VERSION), { wordpressVersion: CURRENT_SITE_VERSION, classic }).content;
}

/**
 * The wide story as a story written for a current-form site would be: without the nodes that only
 * a pull makes, in the older forms they came in (a pre-6.0 quotation, an image sized by its width
 * and height attributes, a lettered list), which are written back in their own form on purpose.
 */
function newStory(body: BodyState): BodyState {
  type Json = { type: string; [key: string]: unknown };
  const pulledForm = (node: Json): boolean =>
    (node.type === 'quotation' && node.form === 'html') ||
    (node.type === 'image' && (node.width != null || node.height != null)) ||
    (node.type === 'list' && typeof (node.$ as { listType?: unknown } | undefined)?.listType === 'string');
  const children = (body.root.children as Json[]).filter((node) => !pulledForm(node));
  return { ...body, root: { ...body.root, children: [...children, ...currentFormOnly()] } } as BodyState;
}

/**
 * Blocks a 6.1 site has no form of, so only here and not in the wide story the 6.1 check
 * publishes: a details block as the editor makes it (its template paragraph's placeholder kept),
 * open and with a rich summary, and a captioned table as the editor makes one (fixed layout),
 * with a footer row.
 */
function currentFormOnly(): Array<{ type: string; [key: string]: unknown }> {
  const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
  const paragraph = (children: unknown[], state?: Record<string, unknown>) => ({ type: 'paragraph', version: 1, format: '', children, ...(state ? { $: state } : {}) });
  const cell = (header: boolean, t: string) => ({ type: 'tablecell', version: 1, headerState: header ? 1 : 0, children: [paragraph([text(t)])] });
  const row = (...cells: unknown[]) => ({ type: 'tablerow', version: 1, children: cells });
  return [
    {
      type: 'details',
      version: 1,
      children: [
        { type: 'details-summary', version: 1, children: [text('How we counted')] },
        paragraph([text('Every ward, twice.')], { placeholder: 'Type / to add a hidden block' }),
        paragraph([text('By hand.')]),
      ],
    },
    { type: 'details', version: 1, open: true, children: [{ type: 'details-summary', version: 1, children: [text('Sources'), text(' and notes', 2)] }, paragraph([text('Council minutes.')])] },
    {
      type: 'table',
      version: 1,
      children: [row(cell(true, 'Ward'), cell(true, 'Votes')), row(cell(false, 'North'), cell(false, '1,204')), row(cell(false, 'Total'), cell(false, '1,204'))],
      $: { caption: 'Turnout by ward & district', footerRows: 1 },
    },
  ];
}

/** Outputs to judge: our rendering of a wide story, and of each corpus post pulled. */
function outputs(window: DomWindow): Array<{ name: string; content: string; source: string | null }> {
  const wide: ResolvedMedia = { remoteId: 41, url: 'https://news.example/wp-content/uploads/2026/12/harbour-1024x683.jpg', alt: 'Boats', caption: 'The harbour', credit: 'Ana Ruiz' };
  const out = [{ name: 'wide story', content: renderForCurrentSite(newStory(everyBlock()), (id) => (id === 'media-1' ? wide : null)), source: null as string | null }];
  for (const fixture of loadCorpus()) {
    const library = new Map<string, ResolvedMedia>();
    const media = (image: RemoteImage) => {
      if (image.remoteId === null) return null;
      library.set(`media-${image.remoteId}`, { remoteId: image.remoteId, url: image.url, alt: image.alt, caption: image.caption, credit: image.credit });
      return `media-${image.remoteId}`;
    };
    const pulled = wordpressToStory(fixture.content, window, { media, wordpressVersion: CURRENT_SITE_VERSION });
    out.push({ name: `corpus ${fixture.manifest.name}`, content: renderForCurrentSite(pulled.body, (id) => library.get(id) ?? null, pulled.format === 'classic'), source: fixture.content });
  }
  return out;
}

function main(): number {
  const started = Date.now();
  const dir = modulesDir();
  if (typeof dir !== 'string') {
    console.log(`[block-validation] skipped: ${dir.skip}`);
    return 2;
  }
  const window = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;
  const judged = outputs(window).map((output) => {
    // Blocks written back with the bytes the site sent are the site's, not ours: not judged.
    const kept = new Set(output.source === null ? [] : topLevelBlocks(output.source).map((piece) => piece.raw));
    return { name: output.name, pieces: topLevelBlocks(output.content).map((piece) => piece.raw).filter((raw) => !kept.has(raw)) };
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'presswork-blocks-')), 'outputs.json');
  writeFileSync(file, JSON.stringify(judged));
  console.log(`[block-validation] ${judged.length} outputs rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'judge-blocks.mjs'), dir, file], { stdio: 'inherit' });
  rmSync(path.dirname(file), { recursive: true, force: true });
  return run.status ?? 1;
}

process.exitCode = main();
