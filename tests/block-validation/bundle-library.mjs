// Bundles @wordpress/blocks and @wordpress/block-library of an install (install.sh) into one file
// beside its node_modules: loading one file is about twice as fast as resolving the thousands of
// modules they are made of, on every run. Uses the project's own esbuild.
//
//   node tests/block-validation/bundle-library.mjs INSTALL_DIR
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const dir = process.argv[2];
const entry = path.join(dir, 'bundle-entry.cjs');
writeFileSync(entry, "module.exports = { blocks: require('@wordpress/blocks'), library: require('@wordpress/block-library') };\n");
buildSync({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  outfile: path.join(dir, 'wordpress-blocks.bundle.cjs'),
  nodePaths: [path.join(dir, 'node_modules')],
  // jsdom is the test's own browser, set up before the bundle loads.
  external: ['jsdom'],
  loader: { '.css': 'empty' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
