// The import graph of the TypeScript files under some folders, read from their import and
// export statements (type-only ones included: they couple files just as much), and the
// cycles in it (strongly connected components, by Tarjan's algorithm).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every module a source names: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function importedSpecifiers(source: string): string[] {
  // Whole-line comments only: a `//` inside a string (a URL) must not cut the line.
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Files (relative to `root`, with `/`) and the files of the same set each one imports. */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const name = (path: string) => relative(root, path).split(sep).join('/');
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => tsFiles(join(root, folder)))) {
    const targets = importedSpecifiers(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => name(resolve(dirname(file), spec)));
    graph.set(name(file), targets);
  }
  for (const [file, targets] of graph) graph.set(file, [...new Set(targets.filter((t) => graph.has(t)))]);
  return graph;
}

/** The groups of files that import each other, directly or not (each a cycle or several). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}
