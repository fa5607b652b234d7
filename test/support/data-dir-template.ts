// A DATA_DIR for a test that runs the bot but does not test its first start: a copy of the
// run's migrated one (made by global-setup.ts), private as the bot keeps it. It saves each
// such test PGlite's initdb (several seconds on these machines).
import { chmodSync, cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

function privateTree(path: string): void {
  if (!statSync(path).isDirectory()) return;
  chmodSync(path, 0o700);
  for (const entry of readdirSync(path)) privateTree(join(path, entry));
}

/** A new DATA_DIR with the migrated database, and no network in it yet. */
export function migratedDataDir(prefix = 'maillage-data-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(inject('dataDirTemplate'), dir, { recursive: true });
  privateTree(dir);
  return dir;
}
