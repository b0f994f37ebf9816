// `npm run package` runs this first: electron-builder 26 and @electron/rebuild need Node 22.12 or
// later, while development, tests and the harness stay on Node 20 (better-sqlite3 v12 and the test
// machines). It stops with a message instead of a failure deep inside the packaging tools.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Packaging needs Node 22.12 or later (electron-builder and @electron/rebuild require it); this is Node ${process.versions.node}.\n` +
      'Run it with a Node 22 from the npm registry, leaving the project on Node 20: npx -p node@22 npm run package',
  );
  process.exit(1);
}
