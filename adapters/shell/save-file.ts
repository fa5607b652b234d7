// The shell's private file (`mes-donnees`): written under `<DATA_DIR>/exports/`, the
// directory readable by the account that runs Maillage only (0700) and the file too
// (0600), never over an earlier export (a second one the same day gets `-2`, `-3`…).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { PrivateFile } from '../../src/core/public.ts';

export const EXPORTS_DIR = 'exports';
const MAX_TRIES = 1000;

/** A file name that stays in its directory: no path, no hidden file, plain characters. */
export function safeFileName(name: string): string {
  const plain = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '');
  return plain === '' ? 'export.json' : plain.slice(0, 120);
}

const numbered = (name: string, n: number) => {
  const ext = extname(name);
  return n === 1 ? name : `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
};

/** Writes the file; answers its absolute path. Throws Node's error (with its `code`) on failure. */
export async function saveExport(dataDir: string, file: PrivateFile): Promise<string> {
  const dir = resolve(dataDir, EXPORTS_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing directory as it was: make sure only we can read it.
  await chmod(dir, 0o700);
  const name = safeFileName(file.name);
  for (let n = 1; ; n++) {
    const path = join(dir, numbered(name, n));
    try {
      await writeFile(path, file.content, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
      await chmod(path, 0o600);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= MAX_TRIES) throw error;
    }
  }
}
