// Bundles the Electron shell: main (Node, CommonJS) and the sandboxed preload (one self-contained file).
import { build } from 'esbuild';

// `node scripts/build-electron.mjs [outDir]`: dist/electron unless told; the shell-start test builds into a temporary folder.
const out = process.argv[2] ?? 'dist/electron';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// The media pipeline's worker thread is its own entry, found beside main.cjs (electron/media/media-pipeline.ts).
// Its source-mode branch uses import.meta.url, which the CommonJS bundle never reaches.
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: `${out}/main.cjs`, external: ['electron', 'better-sqlite3', 'sharp'], logOverride: { 'empty-import-meta': 'silent' } });
await build({ ...common, entryPoints: ['electron/media/pipeline-worker.ts'], outfile: `${out}/media-worker.cjs`, external: ['sharp'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${out}/preload.cjs`, external: ['electron'] });
console.log(`built ${out}/main.cjs and ${out}/preload.cjs`);
