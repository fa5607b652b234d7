// Keeps the layers one way: src/main.ts → adapters/ → the core's public face → the core.
// No import cycle joins src/ and adapters/, and an adapter reaches the core only through
// src/core/public.ts, so that the core's files can move and split without touching them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importedSpecifiers, importGraph } from './support/import-graph.ts';

const ROOT = join(import.meta.dirname, '..');
const PUBLIC_FACE = 'src/core/public.ts';
const graph = importGraph(ROOT, ['src', 'adapters']);
const inAdapters = (file: string) => file.startsWith('adapters/');
const inSrc = (file: string) => file.startsWith('src/');

describe('the import graph of src/ and adapters/', () => {
  it('finds the files and their imports', () => {
    expect([...graph.keys()].filter(inAdapters).length).toBeGreaterThan(30);
    expect(graph.get('src/main.ts')).toContain('adapters/platform.ts');
    expect(graph.get('adapters/platform.ts')).toContain(PUBLIC_FACE);
  });

  it('has no cycle that joins src/ and adapters/', () => {
    const crossing = cycles(graph).filter((group) => group.some(inAdapters) && group.some(inSrc));
    expect(crossing).toEqual([]);
  });

  it('lets adapters reach the core only through its public face', () => {
    const reaches = [...graph]
      .filter(([file]) => inAdapters(file))
      .flatMap(([file, targets]) =>
        targets.filter((t) => inSrc(t) && t !== PUBLIC_FACE).map((t) => `${file} → ${t}`),
      );
    expect(reaches).toEqual([]);
  });

  it('keeps the public face free of adapters/ and of the composition root', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of graph.get(file) ?? []) visit(target);
    };
    visit(PUBLIC_FACE);
    expect([...seen].filter((file) => inAdapters(file) || file === 'src/main.ts')).toEqual([]);
  });
});

describe('the import reader', () => {
  it('reads static, multi-line, type-only, re-exported, side-effect and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      'import {',
      '  type B,',
      '  c,',
      "} from '../b.ts';",
      "import type { D } from './d.ts';",
      "export { e } from './e.ts';",
      "export * from './f.ts';",
      "import './g.ts';",
      "const h = await import('./h.ts');",
      "// import { not } from './commented.ts';",
      "const url = 'http://example.org/x'; // from './not-an-import.ts'",
    ].join('\n');
    expect(importedSpecifiers(source)).toEqual([
      './a.ts',
      '../b.ts',
      './d.ts',
      './e.ts',
      './f.ts',
      './g.ts',
      './h.ts',
    ]);
  });

  it('finds a cycle through several files, and none in a chain', () => {
    const cyclic = new Map([
      ['src/app.ts', ['adapters/slack.ts']],
      ['adapters/slack.ts', ['adapters/parts.ts']],
      ['adapters/parts.ts', ['src/app.ts']],
      ['src/core/public.ts', []],
    ]);
    expect(cycles(cyclic)).toEqual([['adapters/parts.ts', 'adapters/slack.ts', 'src/app.ts']]);
    const chain = new Map([
      ['src/main.ts', ['adapters/slack.ts']],
      ['adapters/slack.ts', ['src/core/public.ts']],
      ['src/core/public.ts', []],
    ]);
    expect(cycles(chain)).toEqual([]);
  });
});
