// Bundles the Electron shell: main (Node, CommonJS) and the sandboxed preload (one self-contained file).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'sharp'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
