// Local state of the embedded database: the lock that keeps a second process out of
// the same data directory (two PGlite writers corrupt it, and one loses the other's
// acknowledged writes), and the generated secret.
//
// The lock is a file, `maillage.lock`, holding its owner's pid. It only ever appears
// whole and only through link(2), which fails when the name exists: a candidate file is
// written with the pid first, then hard-linked to the lock's name, so of processes
// starting together exactly one links it and the others read a complete pid. A lock whose
// process died (a kill -9, a power cut) is taken over, but removing it is the racy step —
// two processes that both saw the same dead lock could each remove it, the second one
// removing the lock the first had just taken. So only the process that holds that very
// lock's takeover lock (`maillage.lock.takeover-<inode>`, taken the same way) may remove
// it, and it checks first that the lock is still that inode with a dead owner. Nobody else
// ever removes a lock but its live owner, so what it checked cannot change before it
// unlinks. (flock(2) would be simpler but Node has no binding for it; a lock directory
// has the same stale-takeover race.)
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Maillage process (pid ${pid}). ` +
        'Stop it first, or set DATA_DIR to another directory.',
    );
  }
}

export const LOCK_FILE = 'maillage.lock';
/** A takeover lock left by a process killed during a takeover is itself taken over, this deep at most. */
const MAX_TAKEOVER_DEPTH = 3;
/** How long to wait for another process to finish taking over a stale lock (it takes microseconds). */
const TAKEOVER_WAIT_MS = 2000;

/** Locks this process holds, by path, with their inode: the same pid in a lock may be an earlier process's. */
const held = new Map<string, number>();

interface Holder {
  pid: number;
  ino: number;
}

function isAlive(pid: number): boolean {
  // 0 and negative pids address process groups: such a lock was never written by us.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's owner and inode, read from one open file; null when there is no lock. */
function readHolder(path: string): Holder | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const pid = Number.parseInt(readFileSync(fd, 'utf8'), 10);
    return { pid, ino: fstatSync(fd).ino };
  } finally {
    closeSync(fd);
  }
}

/** Held by a live process: another one, or this one through an earlier call. */
function isLive(path: string, holder: Holder): boolean {
  if (holder.pid === process.pid) return held.get(path) === holder.ino;
  return isAlive(holder.pid);
}

/** Creates `path` holding our pid, atomically and whole; its inode, or null when it exists. */
function tryLink(path: string): number | null {
  const candidate = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(candidate, 'wx', 0o600);
  let ino: number;
  try {
    writeFileSync(fd, String(process.pid));
    ino = fstatSync(fd).ino;
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(candidate, path);
    return ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  } finally {
    unlinkSync(candidate);
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes `path`, taking over a stale one; throws DataDirLockedError when a live process holds it. */
function acquire(dataDir: string, path: string, depth: number): () => void {
  const deadline = Date.now() + TAKEOVER_WAIT_MS;
  for (;;) {
    const ino = tryLink(path);
    if (ino !== null) {
      held.set(path, ino);
      return () => releaseIfMine(path, ino);
    }
    if (Date.now() > deadline) throw new Error(`Could not take the lock ${path}: it keeps changing`);
    const holder = readHolder(path);
    if (holder === null) continue; // released or taken over meanwhile: try again
    if (isLive(path, holder)) throw new DataDirLockedError(dataDir, holder.pid);
    if (depth >= MAX_TAKEOVER_DEPTH) throw new Error(`Could not take over the stale lock ${path}`);
    let releaseTakeover: () => void;
    try {
      releaseTakeover = acquire(dataDir, `${path}.takeover-${holder.ino}`, depth + 1);
    } catch (error) {
      // Another process is taking this stale lock over: see what it leaves.
      if (!(error instanceof DataDirLockedError)) throw error;
      pause(2);
      continue;
    }
    try {
      const still = readHolder(path);
      if (still !== null && still.ino === holder.ino && !isLive(path, still)) unlinkSync(path);
    } finally {
      releaseTakeover();
    }
  }
}

function releaseIfMine(path: string, ino: number): void {
  if (held.get(path) !== ino) return;
  held.delete(path);
  const holder = readHolder(path);
  if (holder !== null && holder.ino === ino) unlinkSync(path);
}

/** Takes the directory's lock, or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return acquire(dataDir, join(dataDir, LOCK_FILE), 0);
}

/** The keyed-hash secret of an embedded installation, generated once and kept in DATA_DIR. */
export function loadOrCreateSecret(dataDir: string): string {
  const path = join(dataDir, 'secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
