// Opens the database: embedded PGlite in DATA_DIR by default, a PostgreSQL server with
// DATABASE_URL. Both are typed as one drizzle database so one repository layer serves both.
// Each driver is imported when opened: a process on a server never loads PGlite (nor the
// other way round), which keeps its start shorter and its memory smaller.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockDataDir } from './data-dir.ts';
import { withPreparedStatements } from './prepared-statements.ts';
import { makePrivate } from './private-files.ts';
import * as schema from './schema.ts';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations; on a server, once even when several processes start together. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: a tarball of the data directory (tests load a migrated copy from it). */
  dumpDataDir?(): Promise<Blob>;
}

/**
 * Next to this module: db/migrations from the sources (drizzle-kit writes there), and
 * dist/migrations from the bundle `npm start` runs, where db/build.ts copies them.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
/** Arbitrary constant naming the migration lock among the server's advisory locks. */
const MIGRATION_LOCK_KEY = 7_240_318_001;

export interface EmbeddedOpenOptions {
  /** A tarball to start from (tests): in memory, or a new database in `dataDir`. */
  loadDataDir?: Blob;
  /** false: fsync off, as PGlite ships (the benchmark's baseline only). */
  durable?: boolean;
  /** Called when DATA_DIR had entries other accounts could read, with how many were made private. */
  onTightened?: (entries: number) => void;
}

/** PGlite persisted in `dataDir` (or in memory with `dataDir: null`, for tests). */
export async function openEmbedded(
  dataDir: string | null,
  options: EmbeddedOpenOptions = {},
): Promise<OpenDatabase> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    if (dataDir) {
      const tightened = makePrivate(dataDir);
      if (tightened > 0) options.onTightened?.(tightened);
    }
    const [{ PGlite }, { createEmbeddedPGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
      await Promise.all([
        import('@electric-sql/pglite'),
        import('./embedded-pglite.ts'),
        import('drizzle-orm/pglite'),
        import('drizzle-orm/pglite/migrator'),
      ]);
    const loadDataDir = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
    const client = dataDir
      ? await createEmbeddedPGlite(join(dataDir, 'pgdata'), { ...loadDataDir, durable: options.durable })
      : await PGlite.create(loadDataDir);
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      // One session and a locked directory: nobody else can migrate concurrently.
      migrate: () =>
        migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: async () => {
        await client.close();
        release();
      },
      dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob,
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Time limits of connections to a PostgreSQL server (README: Running on a PostgreSQL server). */
export const SERVER_TIMEOUTS = { connectSeconds: 5, statementMs: 30_000, idleInTransactionMs: 60_000 };

export async function openServer(url: string, options: { max?: number } = {}): Promise<OpenDatabase> {
  const [{ default: postgres }, { drizzle: drizzlePostgres }, { migrate: migratePostgres }] =
    await Promise.all([
      import('postgres'),
      import('drizzle-orm/postgres-js'),
      import('drizzle-orm/postgres-js/migrator'),
    ]);
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A server that does not answer is given up after a few seconds, not the default 30.
    connect_timeout: SERVER_TIMEOUTS.connectSeconds,
    connection: {
      application_name: 'maillage',
      // The server ends a runaway statement, and a transaction left open by a client that
      // vanished (a partition) so that its locks do not block everyone else.
      statement_timeout: SERVER_TIMEOUTS.statementMs,
      idle_in_transaction_session_timeout: SERVER_TIMEOUTS.idleInTransactionMs,
    },
  });
  const db = drizzlePostgres(withPreparedStatements(sql), { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // One connection of its own, without the statement time limit (an index on a large
      // table may take longer): the lock and every migration statement go through it.
      const one = postgres(url, {
        max: 1,
        onnotice: () => {},
        connect_timeout: SERVER_TIMEOUTS.connectSeconds,
        connection: { application_name: 'maillage-migrate' },
      });
      try {
        await one`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        try {
          await migratePostgres(drizzlePostgres(one, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await one`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
        }
      } finally {
        await one.end({ timeout: 5 });
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
