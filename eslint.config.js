// Layer boundaries are enforced here, not by convention: a breach fails `npm run lint` in CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronShell = ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'];

const noImports = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', '.native/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Literal[value=/^presswork:(?!\\/\\/)/]", message: 'IPC channel names come from shared/contract/channels.ts only.' },
      ],
    },
  },
  {
    files: ['shared/contract/channels.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they need nothing from it.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Only the thin shell may touch Electron; everything else runs and is tested under plain Node.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    ignores: electronShell,
    rules: noImports(['electron'], ['electron/*'], 'Only electron/main.ts, electron/preload.ts and electron/shell/ import Electron.'),
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: noImports(
      ['electron', ...nodeBuiltins, 'better-sqlite3', 'sharp', 'ws', 'linkedom'],
      ['**/electron/**', '**/renderer/**', '**/tests/**'],
      'shared/ is pure: no Node built-ins, no Electron, no main-process or renderer code (a caller provides a DOM where one is needed).',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: noImports(
      ['electron', ...nodeBuiltins, 'better-sqlite3', 'sharp', 'ws', 'linkedom'],
      ['**/electron/**', '**/tests/**'],
      'The renderer imports no Node built-ins and no main-process code; it talks to the core only through the contract.',
    ),
  },
  {
    // A view reads like its screen: a component longer than this is split into hooks and smaller components.
    files: ['renderer/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['electron/preload.ts'],
    rules: noImports(
      [...nodeBuiltins],
      ['**/renderer/**', '**/store/**', '**/core/**'],
      'The sandboxed preload only bridges the contract; it imports Electron and shared/ and nothing else.',
    ),
  },
);
