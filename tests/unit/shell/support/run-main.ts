// `node --import tsx run-main.ts MAIN_CJS RECORD_JSON`: runs the bundled main process under plain Node
// with the recording stand-in answering `require('electron')`, lets it start, quits it, and writes
// the recorded calls to RECORD_JSON. PRESSWORK_DATA_DIR names the data folder.
import { writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { electronStandIn } from './electron-stand-in';

const [mainFile, recordFile] = process.argv.slice(2);
const dataDir = process.env.PRESSWORK_DATA_DIR;
if (!mainFile || !recordFile || !dataDir) throw new Error('usage: PRESSWORK_DATA_DIR=DIR node --import tsx run-main.ts MAIN_CJS RECORD_JSON');

const standIn = electronStandIn(dataDir);
// Node's CommonJS loader, reached through its untyped internals: the one way to answer a bare `require('electron')`.
const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = loader._load.bind(Module);
loader._load = (request, parent, isMain) => (request === 'electron' ? standIn.electron : load(request, parent, isMain));

const settled = () => standIn.calls.some((c) => c.api === 'BrowserWindow.loadURL' || c.api === 'dialog.showErrorBox');
createRequire(import.meta.url)(mainFile);
setImmediate(() => standIn.ready());
const started = Date.now();
const timer = setInterval(() => {
  if (!settled() && Date.now() - started < 20_000) return;
  clearInterval(timer);
  standIn.quit();
  writeFileSync(recordFile, JSON.stringify(standIn.calls, null, 2));
  process.exit(0);
}, 20);
