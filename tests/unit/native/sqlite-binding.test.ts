import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSqliteBinding, electronBindingPath } from '../../../electron/native/sqlite-binding';
import { tempDir } from '../support/temp-core';

describe('choosing the better-sqlite3 build', () => {
  it('uses node_modules’ own build under plain Node', () => {
    expect(chooseSqliteBinding({ electronVersion: undefined, modulesAbi: '115', searchRoots: [] })).toBeUndefined();
  });

  it('uses the Electron build for Electron’s ABI, from resources first', () => {
    const resources = tempDir();
    const checkout = tempDir();
    for (const root of [resources, checkout]) {
      mkdirSync(path.dirname(electronBindingPath(root, '150')), { recursive: true });
      writeFileSync(electronBindingPath(root, '150'), 'x');
    }
    expect(chooseSqliteBinding({ electronVersion: '45.5.0', modulesAbi: '150', searchRoots: [resources, checkout] })).toBe(
      electronBindingPath(resources, '150'),
    );
  });

  it('says how to build it when it is missing, rather than loading Node’s build into Electron', () => {
    expect(() => chooseSqliteBinding({ electronVersion: '45.5.0', modulesAbi: '150', searchRoots: [tempDir()] })).toThrow(/npm start/);
  });
});
