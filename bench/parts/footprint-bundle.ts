// A what-if for the footprint: the same entry point bundled by esbuild (a devDependency) into
// one ES module, run by plain node without tsx compiling ~200 TypeScript files at each start.
// Not how `npm start` runs today; measured next to it to show what a build step would give.
// The bundle lives in a temporary directory where `migrations` and `node_modules` link back to
// the repository (db/client.ts finds the migrations next to itself).
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

export async function bundleEntryPoint(): Promise<{ entry: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-bundle-'));
  symlinkSync(join(ROOT, 'db', 'migrations'), join(dir, 'migrations'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const entry = join(dir, 'main.mjs');
  await build({
    entryPoints: [join(ROOT, 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: entry,
    logLevel: 'error',
  });
  return { entry, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
