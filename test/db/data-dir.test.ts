import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, loadOrCreateSecret, lockDataDir } from '../../db/data-dir.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'maillage-dir-'));

describe('the data directory lock', () => {
  it('refuses a second holder while the first is alive, naming the directory', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    // The lock records this (alive) process: a second opener is refused.
    writeFileSync(join(dir, 'maillage.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`The data directory ${dir} is already in use`);
    writeFileSync(join(dir, 'maillage.lock'), String(process.pid));
    release();
  });

  it('is released, and can then be taken again', () => {
    const dir = freshDir();
    lockDataDir(dir)();
    const again = lockDataDir(dir);
    expect(readFileSync(join(dir, 'maillage.lock'), 'utf8')).toBe(String(process.pid));
    again();
  });

  it('refuses a second holder in the same process', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    lockDataDir(dir)();
  });

  it("takes over a lock that holds this process's pid but was not taken by it (a container's pid 1 restarted)", () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'maillage.lock'), String(process.pid));
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, 'maillage.lock'))).toBe(false);
  });

  it('takes over an empty lock, left by a process killed before it wrote its pid', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'maillage.lock'), '');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'maillage.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('makes a new data directory readable by its owner only, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(freshDir(), 'data');
      lockDataDir(dir)();
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('takes over a lock left by a process that died', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'maillage.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'maillage.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});

describe('the embedded secret', () => {
  it('is generated once and kept', () => {
    const dir = freshDir();
    const first = loadOrCreateSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateSecret(dir)).toBe(first);
  });
});
