// npm run bench:library — builds a 100,000-story library and prints one JSON line per metric.
// STORIES=20000 npm run bench:library for a quicker, smaller run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { openDatabase } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { derive } from '../../../electron/store/stories';
import { diffBodies } from '../../../shared/review/compare-revisions';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { startHarnessServer } from '../../harness/harness-server';
import { rng, vocabulary, zipfSampler } from './corpus';

const STORIES = Number(process.env.STORIES ?? 100_000);
const VOCAB = 30_000;
const THIRD_WORD = 'harbourfront'; // planted in one story in three
// BENCH_DIR keeps the built library between runs (it is reused when it holds STORIES stories).
const keep = process.env.BENCH_DIR;
const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(path.join(os.tmpdir(), 'presswork-bench-'));
const file = path.join(dir, DATABASE_FILE);

const words = vocabulary(VOCAB);
const random = rng(42);
const zipf = zipfSampler(VOCAB, random);

function sentence(): string {
  const n = 8 + Math.floor(random() * 18);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[zipf()]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}
function paragraph(targetWords: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < targetWords) {
    const s = sentence();
    parts.push(s);
    count += s.split(' ').length;
  }
  return parts.join(' ');
}
const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [textNode(text)] });
const bodyOf = (paragraphs: string[]): BodyState => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs.map(para) } });

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(3));
};
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));
const timed = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

// ---- build ---------------------------------------------------------------------------------
const built = performance.now();
let db = openDatabase(file);
let lib = createLibrary(db);
const reuse = (db.prepare(`SELECT count(*) AS n FROM stories WHERE headline != 'Long read'`).get() as { n: number }).n === STORIES;
if (!reuse) db.exec('DELETE FROM stories; DELETE FROM story_sections; DELETE FROM sections;');
db.pragma('synchronous = OFF'); // the build only; every measurement below runs with FULL
const sections: number[] = [];
for (const top of ['News', 'Election', 'Business', 'Sport', 'Culture']) {
  if (reuse) break;
  const parent = lib.sections.create(top, null);
  sections.push(parent.id);
  for (let i = 1; i <= 3; i++) sections.push(lib.sections.create(`${top} ${i}`, parent.id).id);
}
if (reuse) sections.push(...(db.prepare('SELECT id FROM sections WHERE parent_id IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id));
const authors = Array.from({ length: 60 }, (_, i) => `Reporter ${i}`);
const statuses = ['draft', 'draft', 'in_copy', 'copy_edited', 'ready', 'published', 'published', 'published'] as const;
const insertStory = db.prepare(
  `INSERT INTO stories (id, headline, body_json, word_count, tk_count, status, standfirst, byline_json, created_at, updated_at, version, search_version)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
);
const insertText = db.prepare('INSERT INTO story_text (story_id, headline, standfirst, body, captions) VALUES (?, ?, ?, ?, ?)');
const insertSection = db.prepare('INSERT INTO story_sections (story_id, section_id, position) VALUES (?, ?, 0)');
const insertAuthor = db.prepare('INSERT INTO story_authors (story_id, position, name) VALUES (?, 0, ?)');
const t0 = Date.now() - STORIES * 60_000;
const CHUNK = 5_000;
for (let start = 0; start < (reuse ? 0 : STORIES); start += CHUNK) {
  db.transaction(() => {
    for (let i = start; i < Math.min(STORIES, start + CHUNK); i++) {
      const id = crypto.randomUUID();
      const target = 300 + Math.floor(random() * 1000); // 800 on average
      const paragraphs: string[] = [];
      let wordCount = 0;
      while (wordCount < target) {
        const p = paragraph(40 + Math.floor(random() * 80));
        paragraphs.push(p);
        wordCount += p.split(' ').length;
      }
      if (i % 3 === 0) paragraphs[0] = `${paragraphs[0]} The ${THIRD_WORD} plan.`;
      const tks = i % 11 === 0 ? 1 : 0;
      if (tks) paragraphs.push('TK quote from the minister.');
      const headline = sentence().slice(0, 90);
      const standfirst = sentence();
      const body = bodyOf(paragraphs);
      // The generator knows its own counts; the stores' derive() is measured below, not here.
      const byline = [authors[i % authors.length]!];
      const at = t0 + i * 60_000;
      const status = statuses[i % statuses.length]!;
      insertStory.run(id, headline, JSON.stringify(body), wordCount, tks, status, standfirst, JSON.stringify(byline), at, at);
      insertText.run(id, headline, standfirst, paragraphs.join('\n'), '');
      insertSection.run(id, sections[i % sections.length]!);
      insertAuthor.run(id, byline[0]!);
      lib.revisions.writeRevision(id, 'autosave', null, { headline, body, fields: { ...emptyFields(), standfirst, byline }, status, wordCount }, at);
    }
  })();
  if ((start / CHUNK) % 4 === 0) console.error(`built ${Math.min(STORIES, start + CHUNK)} / ${STORIES}`);
}
db.exec("DELETE FROM stories WHERE headline = 'Long read'");
db.exec('ANALYZE');
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('synchronous = FULL');
const buildSeconds = (performance.now() - built) / 1000;
// Pages in use: freed pages (an overwritten story body) are reused before the file grows.
const size = () =>
  ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) *
  (db.pragma('page_size', { simple: true }) as number);
emit({ name: 'library-build', stories: STORIES, seconds: Number(buildSeconds.toFixed(1)), databaseMB: Math.round(size() / 1e6) });

// ---- search --------------------------------------------------------------------------------
const rare = [words[20_000]!, words[25_000]!, words[29_000]!, words[15_000]!, words[12_345]!];
const queries = [
  ...rare,
  THIRD_WORD,
  `government ${THIRD_WORD}`,
  `"${words[40]} ${words[41]}"`,
  `"prime minister"`,
  `"${THIRD_WORD} plan"`,
  words[500]!.slice(0, 4),
  'elect',
  words[3000]!.slice(0, 5),
  `${THIRD_WORD} ${words[900]!.slice(0, 3)}`,
];
for (const q of queries) lib.search.search(q, 'stories', 20); // warm the page cache once
const searchTimes: number[] = [];
const perQuery: Record<string, number> = {};
for (let round = 0; round < 10; round++) {
  for (const q of queries) {
    const ms = timed(() => lib.search.search(q, 'stories', 20));
    searchTimes.push(ms);
    perQuery[q] = Math.max(perQuery[q] ?? 0, ms);
  }
}
emit({ name: 'fts-search', unit: 'ms', p50: percentile(searchTimes, 50), p95: percentile(searchTimes, 95), target: 15, queries: queries.length, worstPerQuery: perQuery });

// ---- list ----------------------------------------------------------------------------------
const listQueries = [
  { filter: {}, sort: 'updated' as const },
  { filter: { status: 'draft' as const }, sort: 'updated' as const },
  { filter: { sectionId: sections[0]! }, sort: 'updated' as const },
  { filter: { author: 'Reporter 7' }, sort: 'updated' as const },
  { filter: { hasTks: true }, sort: 'updated' as const },
  { filter: { status: 'published' as const }, sort: 'headline' as const },
  { filter: {}, sort: 'words' as const },
];
const listTimes: number[] = [];
for (let round = 0; round < 20; round++) for (const q of listQueries) listTimes.push(timed(() => lib.list.query({ ...q, limit: 100 })));
const totalTimes: number[] = [];
for (const q of listQueries) totalTimes.push(timed(() => lib.list.query({ ...q, limit: 100, withTotal: true })));
emit({ name: 'list-first-page', unit: 'ms', p50: percentile(listTimes, 50), p95: percentile(listTimes, 95), target: 10, withTotalP95: percentile(totalTimes, 95) });

// ---- autosave of a 10k-word story ----------------------------------------------------------
const long = Array.from({ length: 100 }, () => paragraph(100));
const big = lib.stories.create();
lib.stories.save({ id: big.id, headline: 'Long read', body: bodyOf(long), fields: emptyFields() });
const txTimes: number[] = [];
const saveTimes: number[] = [];
for (let i = 0; i < 100; i++) {
  long[i % 100] = `${long[i % 100]} word${i}`;
  const input = { id: big.id, headline: 'Long read', body: bodyOf(long) };
  const d = derive(input);
  const t = performance.now();
  db.transaction(() => lib.stories.writeSave(input, d, Date.now())).immediate();
  txTimes.push(performance.now() - t);
  long[(i + 50) % 100] = `${long[(i + 50) % 100]} more${i}`;
  saveTimes.push(timed(() => lib.stories.save({ id: big.id, headline: 'Long read', body: bodyOf(long) })));
}
lib.search.catchUp();
// What one durable commit costs on this disk, whatever it writes: the floor under the figure above.
const floorTable = db.prepare(`INSERT INTO sections (parent_id, name, created_at) VALUES (NULL, ?, 0)`);
const floor: number[] = [];
for (let i = 0; i < 50; i++) floor.push(timed(() => db.transaction(() => floorTable.run(`floor ${i}`)).immediate()));
emit({ name: 'commit-floor-synchronous-full', unit: 'ms', p50: percentile(floor, 50), p95: percentile(floor, 95), note: 'a one-row transaction: the fsync this disk needs per durable commit' });
emit({ name: 'autosave-10k-transaction', unit: 'ms', p50: percentile(txTimes, 50), p95: percentile(txTimes, 95), target: 2, synchronous: db.pragma('synchronous', { simple: true }) });
emit({ name: 'autosave-10k-store-save', unit: 'ms', p50: percentile(saveTimes, 50), p95: percentile(saveTimes, 95), note: 'derive (text, counts, JSON) plus the transaction' });

// ---- diff of two 10k-word revisions --------------------------------------------------------
const revs = lib.revisions.list(big.id);
const a = lib.revisions.get(revs.at(-1)!.id);
const editedBody = bodyOf(long.map((p, i) => (i % 10 === 0 ? p.replace(/\b(\w+)\b/, 'changed') : p)));
const diffTimes: number[] = [];
for (let i = 0; i < 20; i++) diffTimes.push(timed(() => diffBodies(a.body, editedBody)));
emit({ name: 'diff-10k-revisions', unit: 'ms', p50: percentile(diffTimes, 50), p95: percentile(diffTimes, 95), target: 50 });

// ---- bytes per one-word revision -----------------------------------------------------------
db.pragma('wal_checkpoint(TRUNCATE)');
const before = size();
const N = 50;
for (let i = 0; i < N; i++) {
  long[(i * 13) % 100] = long[(i * 13) % 100]!.replace(/\s\S+$/, ` edit${i}`);
  lib.stories.save({ id: big.id, headline: 'Long read', body: bodyOf(long) });
  db.transaction(() => lib.revisions.writeRevision(big.id, 'checkpoint', `edit ${i}`, lib.stories.snapshot(big.id))).immediate();
}
db.pragma('wal_checkpoint(TRUNCATE)');
emit({ name: 'bytes-per-one-word-revision', unit: 'bytes', value: Math.round((size() - before) / N), target: 10_240, note: 'each edit also refreshes the autosave revision' });
db.close();

// ---- end to end through the harness --------------------------------------------------------
const core = createCore({ dataDir: dir, shell: 'harness', version: 'bench', secrets: new MemorySecretStore() });
const rendererDir = path.join(dir, 'renderer');
mkdirSync(rendererDir);
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
const server = await startHarnessServer(core, { port: 0, rendererDir });
const page = await (await fetch(server.url)).text();
const bridge = /content="(ws:[^"]+)"/.exec(page)![1]!;
const socket = new WebSocket(bridge, { origin: server.url.replace(/\/$/, '') });
await new Promise((r) => socket.once('open', r));
let nextId = 1;
const pending = new Map<number, () => void>();
socket.on('message', (data) => {
  const m = JSON.parse(String(data)) as { kind: string; id?: number };
  if (m.kind === 'result' && m.id !== undefined) pending.get(m.id)?.();
});
const e2eTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  long[i % 100] = `${long[i % 100]} e2e${i}`;
  const id = nextId++;
  const t = performance.now();
  const frame = JSON.stringify({ id, op: 'saveStory', input: { id: big.id, headline: 'Long read', body: bodyOf(long), fields: emptyFields() } });
  await new Promise<void>((resolve) => {
    pending.set(id, resolve);
    socket.send(frame);
  });
  e2eTimes.push(performance.now() - t);
}
emit({ name: 'autosave-10k-end-to-end', unit: 'ms', p50: percentile(e2eTimes, 50), p95: percentile(e2eTimes, 95), target: 15, via: 'harness WebSocket, JSON frame to acknowledgement' });
socket.close();
await server.close();
core.close();
lib = undefined as never;
db = undefined as never;
if (!keep) rmSync(dir, { recursive: true, force: true });
