// Runs a database suite on every configured database: PGlite always (a migrated copy
// loaded from the run's dump), the PostgreSQL server whenever TEST_DATABASE_URL is set.
// Tests isolate themselves by creating their own network.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, type OpenDatabase, openEmbedded, openServer } from '../../db/client.ts';

export interface TestDatabase {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** A second, independent connection pool (server only), to act as another process. */
  openAnother(): Promise<OpenDatabase>;
}

async function openPglite(): Promise<OpenDatabase> {
  const dump = new Blob([readFileSync(inject('pgliteDump'))]);
  return openEmbedded(null, { loadDataDir: dump });
}

export function describeDatabases(name: string, body: (database: () => TestDatabase) => void): void {
  const serverUrl = inject('serverUrl');
  const kinds = [
    { kind: 'pglite' as const, open: openPglite, skip: false },
    { kind: 'postgres' as const, open: () => openServer(serverUrl ?? '', { max: 4 }), skip: !serverUrl },
  ];
  for (const { kind, open, skip } of kinds) {
    describe.skipIf(skip)(`${name} [${kind}]`, () => {
      let opened: OpenDatabase | undefined;
      const others: OpenDatabase[] = [];
      beforeAll(async () => {
        opened = await open();
      });
      afterAll(async () => {
        await Promise.all([...others.map((o) => o.close()), opened?.close()]);
      });
      body(() => {
        if (!opened) throw new Error('database not open yet');
        const db = opened.db;
        return {
          db,
          kind,
          openAnother: async () => {
            const another = await open();
            others.push(another);
            return another;
          },
        };
      });
    });
  }
}
