// Crash soak: node --import tsx tests/bench/library/crash-soak.ts [rounds=200]
// kill -9s the core during an autosave loop, checking every acknowledged save and integrity_check.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crashRounds } from '../../unit/stories/support/crash-rounds';

const rounds = Number(process.argv[2] ?? 200);
const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-soak-'));
let acks = 0;
const started = Date.now();
const failure = await crashRounds(dir, rounds, (i, r) => {
  acks += r.acks.length;
  if ((i + 1) % 20 === 0) console.error(`round ${i + 1}/${rounds}: ${acks} acknowledged saves verified`);
});
console.log(JSON.stringify({ name: 'crash-soak', rounds, acknowledged: acks, failure, seconds: Math.round((Date.now() - started) / 1000) }));
rmSync(dir, { recursive: true, force: true });
process.exitCode = failure === null ? 0 : 1;
