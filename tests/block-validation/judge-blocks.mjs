// Judges block markup with WordPress's own block library under jsdom, in plain Node (no tsx: the
// library is thousands of modules, and a transpiling loader in front of each makes loading slow).
//
//   node tests/block-validation/judge-blocks.mjs MODULES_DIR OUTPUTS.json
//
// OUTPUTS.json: [{ name, pieces: [raw top-level block markup…] }]. Prints one INVALID line per block
// that is invalid, or valid only through a deprecation, then a total; exits 1 when there is any.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [modulesDir, outputsFile] = process.argv.slice(2);
const require = createRequire(path.join(modulesDir, 'package.json'));

// A browser-like global scope: the block library reads window, document and navigator at import.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url: 'https://news.example/', pretendToBeVisual: true });
const matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
dom.window.matchMedia = matchMedia;
const globals = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'DOMParser', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'CustomEvent', 'Event', 'KeyboardEvent', 'MouseEvent', 'localStorage', 'matchMedia'];
for (const key of globals) {
  const value = key === 'window' ? dom.window : dom.window[key];
  if (value !== undefined) Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
}
// The data stores of the editor packages warn when a second copy registers; that is noise here.
const warn = console.warn;
const error = console.error;
console.warn = () => {};
console.error = (...args) => (String(args[0]).includes('already registered') ? undefined : error(...args));

const started = Date.now();
// One bundled file (bundle-library.mjs, made at install) loads faster than the packages' modules.
const bundle = path.join(modulesDir, 'wordpress-blocks.bundle.cjs');
const { blocks, library } = existsSync(bundle) ? require(bundle) : { blocks: require('@wordpress/blocks'), library: require('@wordpress/block-library') };
library.registerCoreBlocks();
const loadedMs = Date.now() - started;
console.warn = warn;

// WordPress's issues are printf-style: a format and its arguments, among them the whole block type; the markup strings are what say why.
const issues = (list) =>
  (list ?? [])
    .map((issue) => (issue.args ?? []).filter((arg) => typeof arg === 'string' && !arg.includes('%')).join(' ≠ '))
    .filter(Boolean)
    .join('; ')
    .slice(0, 800);

function judge(list, where, problems) {
  let judged = 0;
  for (const block of list) {
    // Classic HTML and blocks of plugins this library lacks have no save function to judge by.
    if (block.name === 'core/freeform' || block.name === 'core/missing' || !blocks.getBlockType(block.name)) continue;
    judged++;
    if (!block.isValid) problems.push(`${where}: ${block.name} is invalid: ${issues(block.validationIssues)}`);
    else {
      // parse() migrates an old form through the block's deprecations and calls the result valid;
      // judged again against today's save function, such a block is not.
      const [current, why] = blocks.validateBlock(block);
      if (!current) problems.push(`${where}: ${block.name} is valid only through a deprecation: ${issues(why)}`);
    }
    judged += judge(block.innerBlocks, `${where} › ${block.name}`, problems);
  }
  return judged;
}

const outputs = JSON.parse(readFileSync(outputsFile, 'utf8'));
const problems = [];
let judged = 0;
for (const output of outputs) for (const piece of output.pieces) judged += judge(blocks.parse(piece), output.name, problems);
for (const problem of problems) console.log(`INVALID ${problem}`);
console.log(`[block-validation] ${judged} blocks judged in ${outputs.length} outputs, ${problems.length} invalid (library loaded in ${(loadedMs / 1000).toFixed(1)} s, judged in ${((Date.now() - started - loadedMs) / 1000).toFixed(1)} s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
