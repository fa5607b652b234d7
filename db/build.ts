// Builds what `npm start` runs: src/main.ts bundled by esbuild into dist/main.js (the npm
// packages stay in node_modules, @resvg/resvg-js's native binary with them), with the
// migrations and the digest map's fonts copied next to it, where db/client.ts and
// src/core/digest/map/rasterise.ts look for them from the bundle. Plain node then loads a few
// modules instead of tsx compiling ~200 TypeScript files at every start.
// `node --import tsx db/build.ts [OUTDIR]`.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
/** What db/client.ts reads as `./migrations` from its source, and from the bundle. */
const MIGRATIONS = join(import.meta.dirname, 'migrations');
/** What src/core/digest/map/rasterise.ts reads as `./fonts`, from its source and from the bundle. */
const MAP_FONTS = join(ROOT, 'src', 'core', 'digest', 'map', 'fonts');
/** Node's options for the bundle: stack traces in the logs point at the TypeScript sources. */
export const NODE_OPTIONS = ['--enable-source-maps'];

export interface Bundle {
  /** The file node runs. */
  entry: string;
  /** How long the build took. */
  ms: number;
}

/**
 * Each file goes in under a temporary name and is renamed over the old one, so a process
 * starting from the same directory meanwhile (a second `npm start`, parallel tests) reads
 * either the old file or the new one, never half of one.
 */
function replaceFile(path: string, contents: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Removes the files of an earlier build that this one did not write (chunks named by hash). */
function removeOthers(
  dir: string,
  keep: Set<string>,
  options: { recursive: boolean; matches: RegExp },
): void {
  for (const entry of readdirSync(dir, { recursive: options.recursive, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && options.matches.test(entry.name) && !keep.has(path)) rmSync(path, { force: true });
  }
}

/** Copies a folder's files beside the bundle, removing those an earlier build copied and it no longer has. */
function copyFolder(source: string, target: string, matches: RegExp): void {
  const written = new Set<string>();
  for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const copy = join(target, relative(source, from));
    replaceFile(copy, readFileSync(from));
    written.add(copy);
  }
  removeOthers(target, written, { recursive: true, matches });
}

/** Bundles src/main.ts into `outdir` (dist/ by default; inside the repository, so that the
 * bundle finds node_modules) and copies the migrations and the map's fonts beside it. */
export async function buildBundle(outdir = DIST): Promise<Bundle> {
  const started = performance.now();
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.12',
    // Every npm package stays external, @resvg/resvg-js's native binary included.
    packages: 'external',
    // The Slack and Discord adapters stay in chunks of their own, loaded (with their SDKs)
    // only when configured, as src/main.ts intends. Chunks sit beside main.js: db/client.ts
    // and adapters/discord/rest-agent.ts resolve paths from their own import.meta.url.
    splitting: true,
    sourcemap: 'linked',
    sourcesContent: false,
    outdir,
    write: false,
    logLevel: 'warning',
  });
  const entry = join(outdir, 'main.js');
  // main.js last: whoever runs it then finds the chunks it imports.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of files) replaceFile(file.path, file.contents);
  const built = new Set(files.map((f) => f.path));
  // Only at the top: other builds may live in folders of dist/ (the tests').
  removeOthers(outdir, built, { recursive: false, matches: /\.js(\.map)?$/ });
  copyFolder(MIGRATIONS, join(outdir, 'migrations'), /\.(sql|json)$/);
  copyFolder(MAP_FONTS, join(outdir, 'fonts'), /\.(ttf|otf|txt|md)$/);
  return { entry, ms: performance.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildBundle(process.argv[2] ? resolve(process.argv[2]) : DIST);
}
