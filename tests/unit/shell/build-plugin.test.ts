import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('npm run build:plugin', () => {
  it('writes presswork-desk.zip with the plugin under one top folder, as wp-admin’s Upload Plugin takes it', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'presswork-plugin-'));
    try {
      const printed = execFileSync(process.execPath, [path.join(root, 'scripts/build-plugin.mjs'), out], { encoding: 'utf8' });
      const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(readFileSync(path.join(root, 'wordpress/presswork-desk/presswork-desk.php'), 'utf8'))![1];
      expect(printed).toContain(`(Presswork Desk ${version})`);
      const entries = execFileSync('unzip', ['-Z1', path.join(out, 'presswork-desk.zip')], { encoding: 'utf8' }).trim().split('\n');
      expect(entries).toContain('presswork-desk/presswork-desk.php');
      expect(entries.every((entry) => entry.startsWith('presswork-desk/'))).toBe(true);
      expect(entries.some((entry) => /(^|\/)\./.test(entry))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
