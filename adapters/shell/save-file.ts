// The shell's files: a private file (`mes-donnees`, `diagnostic export`) written under `<DATA_DIR>/exports/`, a
// message's picture (the digest's map) under `<DATA_DIR>/pictures/`. Each directory is
// readable by the account that runs Maillage only (0700) and each file too (0600), and a
// file is never written over an earlier one (a second one of the same name gets `-2`, `-3`…).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { type AnyPrivateFile, fileBytes, type Message } from '../../src/core/public.ts';

export const EXPORTS_DIR = 'exports';
export const PICTURES_DIR = 'pictures';
const MAX_TRIES = 1000;

type Picture = NonNullable<Message['picture']>;

/** A file name that stays in its directory: no path, no hidden file, plain characters. */
export function safeFileName(name: string, fallback = 'export.json'): string {
  const plain = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '');
  return plain === '' ? fallback : plain.slice(0, 120);
}

const numbered = (name: string, n: number) => {
  const ext = extname(name);
  return n === 1 ? name : `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
};

/** Writes `data` as a new file named after `name` in DATA_DIR's `folder`; answers its absolute path. */
async function saveNew(dataDir: string, folder: string, name: string, data: string | Uint8Array) {
  const dir = resolve(dataDir, folder);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing directory as it was: make sure only we can read it.
  await chmod(dir, 0o700);
  for (let n = 1; ; n++) {
    const path = join(dir, numbered(name, n));
    try {
      await writeFile(path, data, { flag: 'wx', mode: 0o600 });
      await chmod(path, 0o600);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= MAX_TRIES) throw error;
    }
  }
}

/** Writes the file; answers its absolute path. Throws Node's error (with its `code`) on failure. */
export const saveExport = (dataDir: string, file: AnyPrivateFile): Promise<string> =>
  saveNew(dataDir, EXPORTS_DIR, safeFileName(file.name), fileBytes(file));

/** Writes the picture's PNG; answers its absolute path. Throws Node's error (with its `code`) on failure. */
export const savePicture = (dataDir: string, picture: Picture): Promise<string> =>
  saveNew(dataDir, PICTURES_DIR, safeFileName(picture.name, 'picture.png'), picture.data);
