// DATA_DIR holds personal data (the database, the secret, exports and backups): only the
// account that runs Maillage may read it. These walk it without following symbolic links.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GROUP_AND_OTHERS = 0o077;

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function walk(path: string, visit: (path: string, mode: number, isDirectory: boolean) => void): void {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    throw error;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name), visit);
  visit(path, stat.mode, stat.isDirectory());
}

/**
 * Takes group and other permissions off `root` and everything under it (0755 becomes 0700,
 * 0666 becomes 0600; the owner's own permissions stay); returns how many entries changed.
 */
export function makePrivate(root: string): number {
  let changed = 0;
  walk(root, (path, mode) => {
    if ((mode & GROUP_AND_OTHERS) === 0) return;
    try {
      chmodSync(path, mode & 0o7700);
      changed++;
    } catch (error) {
      throw new Error(
        `Cannot make ${path} private (${code(error)}): give it to the account that runs Maillage, or remove it.`,
      );
    }
  });
  return changed;
}

/** fsync(2) of one file or directory (a directory: the names in it). */
export function syncPath(path: string, isDirectory = lstatSync(path).isDirectory()): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some systems (Windows) cannot sync a directory; its files were synced.
    if (!isDirectory) throw error;
  } finally {
    closeSync(fd);
  }
}

/** fsync(2) of every file and directory under `root`, directories after their entries. */
export function syncTree(root: string): void {
  walk(root, (path, _mode, isDirectory) => syncPath(path, isDirectory));
}

/**
 * Everything written under `root` reaches the disk. On Linux, `sync -f` (syncfs(2): one
 * call for the whole file system) takes 0.1 s where fsync(2) of PGlite's ~1,000 new files
 * one by one took 4 s on the test machine; elsewhere, or without it, file by file.
 */
export function syncAll(root: string): void {
  if (process.platform === 'linux') {
    const synced = spawnSync('sync', ['-f', root], { stdio: 'ignore', timeout: 60_000 });
    if (synced.status === 0) return;
  }
  syncTree(root);
}
