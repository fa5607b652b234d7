// Keeps the core free of platform SDKs, SQL drivers and schedulers: only the
// composition root (src/main.ts) may import them, or adapters/ and db/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FORBIDDEN = [
  /^@slack\//,
  /^discord\.js$/,
  /^postgres$/,
  /^@electric-sql\/pglite/,
  /^drizzle-orm\/(pglite|postgres-js|node-postgres)/,
  /^node-cron$/,
  /^pino$/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  const found = [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1] ?? m[2] ?? '');
}

const COMPOSITION_ROOT = [join('src', 'main.ts')];
const coreFiles = files(join(ROOT, 'src')).filter((f) => !COMPOSITION_ROOT.includes(relative(ROOT, f)));

describe('the core boundary', () => {
  it('finds the core files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it.each(coreFiles.map((f) => [relative(ROOT, f), f]))(
    '%s imports no SDK, driver or scheduler',
    (_, file) => {
      const bad = imports(readFileSync(file, 'utf8')).filter((spec) => FORBIDDEN.some((re) => re.test(spec)));
      expect(bad).toEqual([]);
    },
  );

  it.each(coreFiles.map((f) => [relative(ROOT, f), f]))(
    '%s does not reach into adapters/ or db/',
    (_, file) => {
      const bad = imports(readFileSync(file, 'utf8')).filter((spec) => /(^|\/)(adapters|db)\//.test(spec));
      expect(bad).toEqual([]);
    },
  );

  it('reads process.env only in the configuration module', () => {
    const readers = files(join(ROOT, 'src'))
      .concat(files(join(ROOT, 'adapters')), files(join(ROOT, 'db')))
      .filter((f) => readFileSync(f, 'utf8').includes('process.env'))
      .map((f) => relative(ROOT, f));
    expect(readers).toEqual([join('src', 'config.ts')]);
  });

  it('detects a forbidden import when there is one', () => {
    const sample = "import { App } from '@slack/bolt';\nimport x from 'postgres';";
    expect(imports(sample).filter((s) => FORBIDDEN.some((re) => re.test(s)))).toEqual([
      '@slack/bolt',
      'postgres',
    ]);
  });
});
