import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const electronDir = path.join(root, 'electron');

/** The folder a file of electron/ belongs to; the files beside main.ts are the shell's. */
function folderOf(file: string): string {
  const parts = path.relative(electronDir, file).split(path.sep);
  return parts.length === 1 ? 'shell' : parts[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Which electron/ folders each folder imports (type-only imports included), read with TypeScript's own scanner. */
export function folderGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), ref.fileName);
      if (!target.startsWith(electronDir + path.sep)) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle between folders, each as the path that closes it (Tarjan's strongly connected components). */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Only the composition (core) and the Electron shell that owns it may import electron/core. */
const MAY_IMPORT_CORE = new Set(['core', 'shell']);

describe('capability folders of electron/', () => {
  const graph = folderGraph(sourceFiles(electronDir));

  it('import each other in one direction only', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('never import the core', () => {
    const offenders = [...graph].filter(([from, to]) => !MAY_IMPORT_CORE.has(from) && to.has('core')).map(([from]) => from);
    expect(offenders).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graphWith = (edges: [string, string][]) => {
      const g = new Map<string, Set<string>>();
      for (const [a, b] of edges) {
        g.set(a, (g.get(a) ?? new Set()).add(b));
        if (!g.has(b)) g.set(b, new Set());
      }
      return g;
    };
    expect(cycles(graphWith([['publish', 'sites'], ['sites', 'wordpress']]))).toEqual([]);
    expect(cycles(graphWith([['publish', 'sites'], ['sites', 'wordpress'], ['wordpress', 'publish'], ['core', 'store']]))).toEqual([['publish', 'sites', 'wordpress']]);
  });
});
