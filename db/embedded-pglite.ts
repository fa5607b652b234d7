// PGlite on the disk, private and durable. As shipped (0.5.16) it is neither, measured:
// - it starts PostgreSQL with `-F` (fsync off), and even with fsync on nothing reaches the
//   disk: emscripten's Node filesystem (NODEFS) has no fsync operation, so fsync() returns
//   success doing nothing, and fdatasync() (the default wal_sync_method) is a stub;
// - it writes a new database by unpacking a tarball whose files it chmods to 0666, so no
//   umask keeps them private.
// So NODEFS gets the missing fsync (a real fsync(2) on the file's descriptor), PostgreSQL
// runs with fsync on and wal_sync_method=fsync (one fsync of the WAL per commit, and the
// data files at each checkpoint), and every mode PGlite creates or sets loses its group
// and other bits. A new database, which PGlite writes without any fsync, is synced once.
import { existsSync, fsyncSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { syncAll, syncPath } from './private-files.ts';

type EmscriptenOptions = Parameters<NodeFS['init']>[1];

/** The part of emscripten's NODEFS this file changes (PGlite does not type it). */
interface NodeFsOps {
  node_ops: {
    mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
    setattr(node: unknown, attr: { mode?: number }): void;
  };
  stream_ops: {
    setattr(stream: unknown, attr: { mode?: number }): void;
    fsync?(stream: { nfd: number }): number;
  };
}

const PRIVATE = ~0o077;
let syncs = 0;

/** fsync(2) calls PGlite made through Maillage's hook since the process started (tests, benchmark). */
export function embeddedSyncs(): number {
  return syncs;
}

function privateAndDurable(nodefs: NodeFsOps | undefined, durable: boolean): void {
  const { node_ops: node, stream_ops: stream } = nodefs ?? {};
  if (typeof node?.mknod !== 'function' || typeof node.setattr !== 'function' || !stream?.setattr)
    throw new Error('PGlite changed its Node filesystem: Maillage cannot keep DATA_DIR private and durable');
  const mknod = node.mknod;
  node.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & PRIVATE, dev);
  const setattr = node.setattr;
  node.setattr = (target, attr) => setattr(target, privateMode(attr));
  const fsetattr = stream.setattr;
  stream.setattr = (target, attr) => fsetattr(target, privateMode(attr));
  // Should a later PGlite sync by itself, its own operation stays.
  if (durable && !stream.fsync)
    stream.fsync = (target) => {
      syncs++;
      fsyncSync(target.nfd);
      return 0;
    };
}

const privateMode = <T extends { mode?: number }>(attr: T): T =>
  attr.mode === undefined ? attr : { ...attr, mode: attr.mode & PRIVATE };

class PrivateNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly durable: boolean,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: EmscriptenOptions) {
    const { emscriptenOpts } = await super.init(pg, options);
    // Runs before NodeFS's own preRun mounts the directory, so no file escapes it.
    const hook = (mod: { NODEFS?: unknown }) =>
      privateAndDurable(mod.NODEFS as NodeFsOps | undefined, this.durable);
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [hook, ...(emscriptenOpts.preRun ?? [])] } };
  }
}

/** PGlite's own start parameters, with fsync on (no `-F`) and a WAL synced by fsync(). */
export function startParams(durable: boolean): string[] {
  if (!durable) return PGlite.defaultStartParams;
  return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
}

export interface EmbeddedOptions {
  /** false: PGlite as shipped, fsync off (the benchmark's baseline). */
  durable?: boolean;
  /** A tarball to start a new database from (tests). */
  loadDataDir?: Blob;
}

/** PGlite on the PostgreSQL data directory `pgdata`, its files private, its commits synced. */
export async function createEmbeddedPGlite(pgdata: string, options: EmbeddedOptions = {}): Promise<PGlite> {
  const durable = options.durable ?? true;
  const isNew = !existsSync(join(pgdata, 'PG_VERSION'));
  // Made here rather than by NodeFS, which would leave it to the umask.
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const pg = await PGlite.create({
    fs: new PrivateNodeFS(pgdata, durable),
    startParams: startParams(durable),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  if (isNew && durable) {
    syncAll(pgdata);
    syncPath(dirname(pgdata));
  }
  return pg;
}
