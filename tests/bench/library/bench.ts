// npm run bench:library — builds a 100,000-story library and prints one JSON line per metric.
// `npm run bench:library -- 20000` (or STORIES=20000) for a quicker, smaller run.
// The built library is cached under .tmp/library-bench/, keyed by the generator's parameters, and
// reused by the next run with the same ones; BENCH_DIR puts it elsewhere.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import WebSocket from 'ws';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { openDatabase } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { RevisionStore } from '../../../electron/store/revisions';
import { derive } from '../../../electron/store/stories';
import { diffBodies } from '../../../shared/review/compare-revisions';
import { commonWordPairs } from '../../../shared/story/common-word-pairs';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { startHarnessServer } from '../../harness/harness-server';
import { rng, vocabulary, zipfSampler } from './corpus';

const STORIES = Number(process.argv[2] ?? process.env.STORIES ?? 100_000);
const VOCAB = 30_000;
const SEED = 42;
// Bump when the generator changes what it writes, so no stale cached library is reused.
const GENERATOR = 2;
const THIRD_WORD = 'harbourfront'; // planted in one story in three
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const dir = process.env.BENCH_DIR ?? path.join(root, '.tmp', 'library-bench', `g${GENERATOR}-n${STORIES}-v${VOCAB}-s${SEED}`);
mkdirSync(dir, { recursive: true });
const file = path.join(dir, DATABASE_FILE);
const LONG_READ = 'Long read (bench)';

const words = vocabulary(VOCAB);
const random = rng(SEED);
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
const authors = Array.from({ length: 60 }, (_, i) => `Reporter ${i}`);
const statuses = ['draft', 'draft', 'in_copy', 'copy_edited', 'ready', 'published', 'published', 'published'] as const;

/**
 * Writes the synthetic library into `target` as fast as SQLite allows: the schema through the
 * app's own migrations, then one transaction with no journal, the full-text index built in bulk
 * afterwards. Only a finished build is renamed into place, so an interrupted one is never reused.
 */
function build(target: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  openDatabase(partial).close();
  const raw = new BetterSqlite3(partial);
  // Out of WAL through DELETE: SQLite refuses WAL to OFF directly.
  raw.pragma('journal_mode = DELETE');
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -262144');
  raw.pragma('foreign_keys = OFF');
  // The index triggers fire per row; the FTS index is rebuilt in one pass below instead.
  const triggers = raw
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('story_text', 'stories')`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) raw.exec(`DROP TRIGGER ${t.name}`);
  const insertSectionRow = raw.prepare('INSERT INTO sections (parent_id, name, created_at) VALUES (?, ?, 0)');
  const sections: number[] = [];
  const insertStory = raw.prepare(
    `INSERT INTO stories (id, headline, body_json, word_count, tk_count, status, standfirst, byline_json, created_at, updated_at, version, search_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
  );
  const insertText = raw.prepare(
    `INSERT INTO story_text (story_id, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, '')`,
  );
  const insertSection = raw.prepare('INSERT INTO story_sections (story_id, section_id, position) VALUES (?, ?, 0)');
  const insertAuthor = raw.prepare('INSERT INTO story_authors (story_id, position, name) VALUES (?, 0, ?)');
  const revisions = new RevisionStore(raw, Date.now, () => 'Bench');
  const t0 = Date.now() - STORIES * 60_000;
  raw.transaction(() => {
    for (const top of ['News', 'Election', 'Business', 'Sport', 'Culture']) {
      const parent = Number(insertSectionRow.run(null, top).lastInsertRowid);
      sections.push(parent);
      for (let i = 1; i <= 3; i++) sections.push(Number(insertSectionRow.run(parent, `${top} ${i}`).lastInsertRowid));
    }
    for (let i = 0; i < STORIES; i++) {
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
      // The generator knows its own counts; the stores' derive() is measured below, not here.
      const byline = [authors[i % authors.length]!];
      const at = t0 + i * 60_000;
      const status = statuses[i % statuses.length]!;
      const fields = { ...emptyFields(), standfirst, byline, sectionIds: [sections[i % sections.length]!] };
      // One story in four has an earlier revision too: its first paragraph as first filed.
      if (i % 4 === 0) {
        const first = [paragraph(60), ...paragraphs.slice(1)];
        revisions.writeRevision(id, 'checkpoint', 'First draft', { headline, body: bodyOf(first), fields, status: 'draft', wordCount }, at - 3_600_000);
      }
      const body = bodyOf(paragraphs);
      insertStory.run(id, headline, JSON.stringify(body), wordCount, tks, status, standfirst, JSON.stringify(byline), at, at);
      const text = paragraphs.join('\n');
      insertText.run(id, headline, standfirst, text, commonWordPairs(headline), commonWordPairs(standfirst), commonWordPairs(text));
      insertSection.run(id, fields.sectionIds[0]!);
      insertAuthor.run(id, byline[0]!);
      revisions.writeRevision(id, 'autosave', null, { headline, body, fields, status, wordCount }, at);
      if (i % 10_000 === 9_999) console.error(`built ${i + 1} / ${STORIES} stories`);
    }
  })();
  raw.exec(`INSERT INTO story_search (story_search) VALUES ('rebuild')`);
  for (const t of triggers) raw.exec(t.sql);
  raw.exec('ANALYZE');
  raw.pragma('journal_mode = WAL');
  raw.close();
  // Opening through the app once checks it and leaves it exactly as the app expects it.
  openDatabase(partial).close();
  renameSync(partial, target);
}

const built = performance.now();
const reused = existsSync(file);
if (!reused) build(file);
const buildSeconds = (performance.now() - built) / 1000;
let db = openDatabase(file);
let lib = createLibrary(db);
// What an earlier run left (a run may be interrupted): the bench's own story and rows go first.
db.transaction(() => {
  db.prepare('DELETE FROM stories WHERE headline = ?').run(LONG_READ);
  db.exec('DROP TABLE IF EXISTS bench_floor');
})();
lib.search.catchUp();
db.pragma('wal_checkpoint(TRUNCATE)');
const sections = (db.prepare('SELECT id FROM sections WHERE parent_id IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
// Pages in use: freed pages (an overwritten story body) are reused before the file grows.
const size = () =>
  ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) *
  (db.pragma('page_size', { simple: true }) as number);
emit({ name: 'library-build', stories: STORIES, reused, seconds: Number(buildSeconds.toFixed(1)), databaseMB: Math.round(size() / 1e6) });

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
lib.stories.save({ id: big.id, headline: LONG_READ, body: bodyOf(long), fields: emptyFields() });
const txTimes: number[] = [];
const saveTimes: number[] = [];
const idleTimes: number[] = [];
// Autosaves come at least 400 ms apart (the autosaver waits for that pause in typing), and the
// work a save leaves for later (search index, revision, a WAL checkpoint every 20 saves) runs
// 150 ms into the pause; so it runs between the saves here too, untimed by them, and is reported
// on its own. search.schedule() is what the saveStory handler calls after each save.
for (let i = 0; i < 100; i++) {
  long[i % 100] = `${long[i % 100]} word${i}`;
  const input = { id: big.id, headline: LONG_READ, body: bodyOf(long) };
  const d = derive(input);
  const t = performance.now();
  db.transaction(() => lib.stories.writeSave(input, d, Date.now())).immediate();
  txTimes.push(performance.now() - t);
  lib.search.schedule();
  idleTimes.push(timed(() => lib.afterSaves.runNow()));
  long[(i + 50) % 100] = `${long[(i + 50) % 100]} more${i}`;
  saveTimes.push(timed(() => lib.stories.save({ id: big.id, headline: LONG_READ, body: bodyOf(long) })));
  lib.search.schedule();
  lib.afterSaves.runNow();
}
// What one durable commit costs on this disk, whatever it writes: the floor under the figure above.
db.exec('CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
const floorTable = db.prepare('INSERT INTO bench_floor (name) VALUES (?)');
const floor: number[] = [];
for (let i = 0; i < 50; i++) floor.push(timed(() => db.transaction(() => floorTable.run(`floor ${i}`)).immediate()));
emit({ name: 'commit-floor-synchronous-full', unit: 'ms', p50: percentile(floor, 50), p95: percentile(floor, 95), note: 'a one-row transaction: the fsync this disk needs per durable commit' });
emit({ name: 'autosave-10k-transaction', unit: 'ms', p50: percentile(txTimes, 50), p95: percentile(txTimes, 95), target: 2, synchronous: db.pragma('synchronous', { simple: true }) });
emit({ name: 'autosave-10k-store-save', unit: 'ms', p50: percentile(saveTimes, 50), p95: percentile(saveTimes, 95), note: 'derive (text, counts, JSON) plus the transaction' });
emit({ name: 'autosave-10k-idle-work', unit: 'ms', p50: percentile(idleTimes, 50), p95: percentile(idleTimes, 95), note: 'after each save, off its path: FTS index update, autosave revision, a WAL checkpoint every 20 saves' });

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
  lib.stories.save({ id: big.id, headline: LONG_READ, body: bodyOf(long) });
  db.transaction(() => lib.revisions.writeRevision(big.id, 'checkpoint', `edit ${i}`, lib.stories.snapshot(big.id))).immediate();
}
db.pragma('wal_checkpoint(TRUNCATE)');
emit({ name: 'bytes-per-one-word-revision', unit: 'bytes', value: Math.round((size() - before) / N), target: 10_240, note: 'each edit also refreshes the autosave revision' });
db.close();

// ---- end to end through the harness --------------------------------------------------------
const core = createCore({ dataDir: dir, shell: 'harness', version: 'bench', secrets: new MemorySecretStore() });
const rendererDir = path.join(dir, 'renderer');
mkdirSync(rendererDir, { recursive: true });
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
/** One edit to the long story, saved through the socket: milliseconds from the frame's encoding to the acknowledgement. */
async function saveThroughSocket(paragraph: number, word: string): Promise<number> {
  long[paragraph % 100] = `${long[paragraph % 100]} ${word}`;
  const id = nextId++;
  const t = performance.now();
  const frame = JSON.stringify({ id, op: 'saveStory', input: { id: big.id, headline: LONG_READ, body: bodyOf(long), fields: emptyFields() } });
  await new Promise<void>((resolve) => {
    pending.set(id, resolve);
    socket.send(frame);
  });
  return performance.now() - t;
}
const e2eTimes: number[] = [];
// The autosaver saves 400 ms after the last edit (renderer/stories/autosaver.ts), so two saves are
// never closer than that; the core's idle work runs in the pause, as in the app.
const E2E_GAP_MS = 400;
// The first saves through the socket run cold (the harness's dispatch, ws framing and validation not
// yet compiled by the JIT: 15–40 ms); like the editor bench, ten warm-up saves go unmeasured.
const E2E_WARMUP = 10;
for (let i = -E2E_WARMUP; i < 60; i++) {
  const ms = await saveThroughSocket(i + 100, `e2e${i}`);
  if (i >= 0) e2eTimes.push(ms);
  await new Promise((r) => setTimeout(r, E2E_GAP_MS));
}
emit({ name: 'autosave-10k-end-to-end', unit: 'ms', p50: percentile(e2eTimes, 50), p95: percentile(e2eTimes, 95), target: 15, via: 'harness WebSocket, JSON frame to acknowledgement', gapMs: E2E_GAP_MS, warmup: E2E_WARMUP });
// The same with no pause at all, as the bench measured before: the save path alone, idle work held off.
const burstTimes: number[] = [];
for (let i = 0; i < 60; i++) burstTimes.push(await saveThroughSocket(i, `burst${i}`));
emit({ name: 'autosave-10k-end-to-end-back-to-back', unit: 'ms', p50: percentile(burstTimes, 50), p95: percentile(burstTimes, 95), note: 'no pause between saves, unlike the autosaver' });
socket.close();
await server.close();
core.close();
// The cached library goes back to what the build made, bar freed pages. (No second quick_check.)
db = new BetterSqlite3(file);
db.pragma('foreign_keys = ON');
db.transaction(() => {
  db.prepare('DELETE FROM stories WHERE headline = ?').run(LONG_READ);
  db.exec('DROP TABLE IF EXISTS bench_floor');
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
lib = undefined as never;
