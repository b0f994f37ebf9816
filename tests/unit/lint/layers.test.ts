import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').length;
}

describe('layer boundaries (lint)', () => {
  it('lets only the shell import Electron', async () => {
    expect(await restrictedImports('electron/shell/x.ts', "import { app } from 'electron'; export const a = app;")).toBe(0);
    expect(await restrictedImports('electron/store/x.ts', "import { app } from 'electron'; export const a = app;")).toBe(1);
    expect(await restrictedImports('electron/core/x.ts', "import { app } from 'electron'; export const a = app;")).toBe(1);
    expect(await restrictedImports('renderer/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;")).toBe(1);
  });

  it('keeps shared/ free of Node built-ins and other layers', async () => {
    expect(await restrictedImports('shared/x.ts', "import fs from 'node:fs'; export const a = fs;")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import fs from 'fs'; export const a = fs;")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { createCore } from '../electron/core/core'; export const a = createCore;")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { App } from '../renderer/app/App'; export const a = App;")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { z } from 'zod'; export const a = z;")).toBe(0);
  });

  it('keeps the renderer off Node and main-process code', async () => {
    expect(await restrictedImports('renderer/x.ts', "import path from 'node:path'; export const a = path;")).toBe(1);
    expect(await restrictedImports('renderer/x.ts', "import { openDatabase } from '../electron/store/database'; export const a = openDatabase;")).toBe(1);
    expect(await restrictedImports('renderer/x.ts', "import { operations } from '../shared/contract/operations'; export const a = operations;")).toBe(0);
  });

  it('forbids channel strings outside the contract', async () => {
    expect(await restrictedImports('electron/shell/x.ts', "export const c = 'presswork:op:listStories';")).toBe(1);
  });
});
