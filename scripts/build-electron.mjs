// Bundles the Electron shell: main (Node, CommonJS) and the sandboxed preload (one self-contained file).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// The media pipeline's worker thread is its own entry, found beside main.cjs (electron/media/media-pipeline.ts).
// Its source-mode branch uses import.meta.url, which the CommonJS bundle never reaches.
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'sharp'], logOverride: { 'empty-import-meta': 'silent' } });
await build({ ...common, entryPoints: ['electron/media/pipeline-worker.ts'], outfile: 'dist/electron/media-worker.cjs', external: ['sharp'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
