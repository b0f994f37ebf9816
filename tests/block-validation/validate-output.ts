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
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../shared/content/dom-window';
import { footnoteFormatFor } from '../../shared/content/wordpress/footnote-anchors';
import { wordpressToBody, type RemoteImage } from '../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent, type ResolvedMedia } from '../../shared/content/wordpress/to-blocks';
import { topLevelBlocks } from '../../shared/content/wordpress/block-source';
import { loadCorpus } from '../support/wordpress/corpus/corpus-fixtures';
import { everyBlock } from '../unit/content/wide-body';

/** The WordPress version whose output is judged: one that writes the current form. */
const CURRENT_SITE_VERSION = '6.8';

interface WpBlock {
  name: string;
  isValid: boolean;
  attributes: Record<string, unknown>;
  innerBlocks: WpBlock[];
  originalContent?: string;
  validationIssues?: Array<{ args?: unknown[] }>;
}
interface WpBlocksApi {
  parse(content: string): WpBlock[];
  validateBlock(block: WpBlock): [boolean, Array<{ args?: unknown[] }>];
  getBlockType(name: string): unknown;
}

function modulesDir(): string | { skip: string } {
  if (process.argv[2]) return process.argv[2];
  const install = spawnSync('bash', [path.join(import.meta.dirname, 'install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (install.status !== 0) return { skip: `installing @wordpress/blocks and @wordpress/block-library failed (exit ${install.status}); see the npm output above` };
  return install.stdout.trim().split('\n').pop()!;
}

/** A browser-like global scope for the block library (it reads window, document and navigator at import). */
function installDom(require: NodeRequire): void {
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options: object) => { window: Record<string, unknown> & Window } };
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url: 'https://news.example/', pretendToBeVisual: true });
  const scope = globalThis as unknown as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'DOMParser', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'CustomEvent', 'Event', 'KeyboardEvent', 'MouseEvent', 'localStorage', 'matchMedia']) {
    if (!(key in scope) || key === 'window' || key === 'document' || key === 'navigator') {
      const value = key === 'window' ? dom.window : dom.window[key];
      if (value !== undefined) Object.defineProperty(scope, key, { value, configurable: true, writable: true });
    }
  }
  if (!dom.window.matchMedia) {
    const matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
    Object.defineProperty(dom.window, 'matchMedia', { value: matchMedia });
    scope.matchMedia = matchMedia;
  }
}

function loadWordPress(dir: string): WpBlocksApi {
  const require = createRequire(path.join(dir, 'package.json'));
  installDom(require);
  const blocks = require('@wordpress/blocks') as WpBlocksApi & { setFreeformContentHandlerName(n: string): void };
  const library = require('@wordpress/block-library') as { registerCoreBlocks(): void };
  library.registerCoreBlocks();
  return blocks;
}

/** Outputs to judge: our rendering of a wide story, and of each corpus post pulled. */
function outputs(window: DomWindow): Array<{ name: string; content: string; source: string | null }> {
  const format = footnoteFormatFor(CURRENT_SITE_VERSION);
  const wide: ResolvedMedia = { remoteId: 41, url: 'https://news.example/wp-content/uploads/2026/12/harbour-1024x683.jpg', alt: 'Boats', caption: 'The harbour', credit: 'Ana Ruiz' };
  const out = [{ name: 'wide story', content: bodyToPostContent(everyBlock(), (id) => (id === 'media-1' ? wide : null), format).content, source: null as string | null }];
  for (const fixture of loadCorpus()) {
    const library = new Map<string, ResolvedMedia>();
    const media = (image: RemoteImage) => {
      if (image.remoteId === null) return null;
      library.set(`media-${image.remoteId}`, { remoteId: image.remoteId, url: image.url, alt: image.alt, caption: image.caption, credit: image.credit });
      return `media-${image.remoteId}`;
    };
    const body = wordpressToBody(fixture.content, window, { media });
    out.push({ name: `corpus ${fixture.manifest.name}`, content: bodyToPostContent(body, (id) => library.get(id) ?? null, format).content, source: fixture.content });
  }
  return out;
}

function judge(wp: WpBlocksApi, blocks: WpBlock[], where: string, problems: string[]): number {
  let judged = 0;
  for (const block of blocks) {
    // Classic HTML and blocks of plugins this library lacks have no save function to judge by.
    if (block.name === 'core/freeform' || block.name === 'core/missing' || !wp.getBlockType(block.name)) continue;
    judged++;
    if (!block.isValid) problems.push(`${where}: ${block.name} is invalid: ${issues(block.validationIssues)}`);
    else {
      // parse() migrates an old form through the block's deprecations and calls it valid; judged
      // again against today's save function, such a block is not.
      const [current, why] = wp.validateBlock(block);
      if (!current) problems.push(`${where}: ${block.name} is valid only through a deprecation: ${issues(why)}`);
    }
    judged += judge(wp, block.innerBlocks, `${where} › ${block.name}`, problems);
  }
  return judged;
}

const issues = (list: Array<{ args?: unknown[] }> | undefined) => (list ?? []).map((issue) => (issue.args ?? []).map(String).join(' ')).join('; ').slice(0, 600);

function main(): number {
  const started = Date.now();
  const dir = modulesDir();
  if (typeof dir !== 'string') {
    console.log(`[block-validation] skipped: ${dir.skip}`);
    return 2;
  }
  const window = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;
  const wp = loadWordPress(dir);
  const problems: string[] = [];
  let judged = 0;
  for (const output of outputs(window)) {
    const kept = new Set(output.source === null ? [] : topLevelBlocks(output.source).map((piece) => piece.raw));
    for (const piece of topLevelBlocks(output.content)) {
      if (kept.has(piece.raw)) continue;
      judged += judge(wp, wp.parse(piece.raw), output.name, problems);
    }
  }
  for (const problem of problems) console.log(`INVALID ${problem}`);
  console.log(`[block-validation] ${judged} blocks judged, ${problems.length} invalid (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
