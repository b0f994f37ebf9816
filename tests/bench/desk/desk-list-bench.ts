// npm run bench:desk — times the first page of presswork/v1/desk with 5,000 shared stories in the
// local WordPress (target: well under 300 ms). The stories are written once with SQL straight into
// the test MariaDB (the plugin has no bulk route on purpose) and removed at the end, since the test
// WordPress is shared with the other suites.
// Prints one JSON object on stdout.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { installDeskPlugin, wordpressContentDir } from '../../support/wordpress/desk-plugin';
import { deskUser } from '../../support/wordpress/desk-users';
import { wordpressEnv } from '../../support/wordpress/env';

const STORIES = 5000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const TITLE = 'Desk bench story';
const STATUSES = ['draft', 'pw-in-copy', 'pw-copy-edited', 'pw-ready', 'publish'];
const wp = wordpressEnv();

function mariadb(script: string): string {
  const socket = path.join(path.dirname(wordpressContentDir()), 'db.sock');
  return execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-N', '-B', 'wp'], { input: script, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Tops the bench stories up to STORIES: posts first, then their meta in one statement per key. */
function seed(authorId: number): number {
  const have = Number(mariadb(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post' AND post_title LIKE '${TITLE} %';`).trim());
  const missing = STORIES - have;
  if (missing > 0) {
    const paragraph = 'The council met on Tuesday to discuss the budget for the coming year. '.repeat(40);
    const document = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: paragraph }] }] } }).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const rows: string[] = [];
    for (let i = have; i < STORIES; i++) {
      const status = STATUSES[i % STATUSES.length]!;
      const when = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
      rows.push(`(${authorId}, '${when}', '${when}', '', '${TITLE} ${i}', '', '${status}', 'desk-bench-story-${i}', '', '', '${when}', '${when}', '', 'post')`);
    }
    let script = 'START TRANSACTION;\n';
    for (let i = 0; i < rows.length; i += 500) {
      script += `INSERT INTO wp_posts (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_type) VALUES ${rows.slice(i, i + 500).join(',\n')};\n`;
    }
    const bench = `FROM wp_posts p WHERE p.post_type = 'post' AND p.post_title LIKE '${TITLE} %' AND NOT EXISTS (SELECT 1 FROM wp_postmeta m WHERE m.post_id = p.ID AND m.meta_key = 'presswork_revision')`;
    script += `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT p.ID, 'presswork_document', '${document}' ${bench};\n`;
    script += `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT p.ID, 'presswork_fields', '{"standfirst":"","byline":"","seoTitle":"","metaDescription":""}' ${bench};\n`;
    script += `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT p.ID, '_edit_last', '${authorId}' ${bench};\n`;
    script += `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT p.ID, 'presswork_revision', '1' ${bench};\n`;
    script += 'COMMIT;\n';
    mariadb(script);
  }
  return Math.max(missing, 0);
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

await installDeskPlugin();
const editor = await deskUser('editor');
const added = seed(editor.id);
const shared = Number(mariadb("SELECT COUNT(DISTINCT post_id) FROM wp_postmeta WHERE meta_key = 'presswork_revision';").trim());

function removeBenchStories(): void {
  mariadb(`DELETE m FROM wp_postmeta m JOIN wp_posts p ON p.ID = m.post_id WHERE p.post_type = 'post' AND p.post_title LIKE '${TITLE} %';
DELETE FROM wp_posts WHERE post_type = 'post' AND post_title LIKE '${TITLE} %';`);
}

const times: number[] = [];
try {
for (let round = -3; round < ROUNDS; round++) {
  const started = performance.now();
  const res = await fetch(`${wp.url}/wp-json/presswork/v1/desk?page=1&per_page=20`, { headers: { Authorization: editor.auth } });
  const rows = (await res.json()) as unknown[];
  const ms = performance.now() - started;
  if (res.status !== 200 || rows.length !== 20) throw new Error(`The desk answered ${res.status} with ${rows.length} rows.`);
  if (round >= 0) times.push(ms);
}
} finally {
  removeBenchStories();
}
times.sort((a, b) => a - b);
const round1 = (n: number): number => Math.round(n * 10) / 10;
console.log(JSON.stringify({ name: 'desk-list-first-page', stories: STORIES, sharedOnSite: shared, seededNow: added, rounds: ROUNDS, unit: 'ms', p50: round1(percentile(times, 50)), p95: round1(percentile(times, 95)) }));
