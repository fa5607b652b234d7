// Runs a database suite on every configured database: PGlite always (a migrated copy
// loaded from the run's dump), the PostgreSQL server whenever TEST_DATABASE_URL is set
// (a database of the suite's own, copied from the run's migrated template, so that no
// other test file's scheduler sees its networks). Within a suite, tests isolate
// themselves by creating their own network.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, type OpenDatabase, openEmbedded, openServer } from '../../db/client.ts';

export interface TestDatabase {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** The suite's own database on the server (undefined on PGlite), e.g. for pg_dump. */
  readonly url: string | undefined;
  /** A second, independent connection pool (server only), to act as another process. */
  openAnother(): Promise<OpenDatabase>;
}

async function openPglite(): Promise<OpenDatabase> {
  const dump = new Blob([readFileSync(inject('pgliteDump'))]);
  return openEmbedded(null, { loadDataDir: dump });
}

/** A database of the suite's own on the server, copied from the run's migrated template. */
class SuiteServerDatabase {
  readonly name = `maillage_suite_${process.pid}_${randomBytes(4).toString('hex')}`;
  private readonly admin;
  private readonly template: string;
  readonly url: string;

  constructor(adminUrl: string, templateUrl: string) {
    this.admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    this.template = new URL(templateUrl).pathname.slice(1);
    const url = new URL(templateUrl);
    url.pathname = `/${this.name}`;
    this.url = url.toString();
  }

  async create(): Promise<void> {
    await this.admin.unsafe(`create database ${this.name} template ${this.template}`);
  }

  async drop(): Promise<void> {
    await this.admin.unsafe(`drop database if exists ${this.name} with (force)`);
    await this.admin.end({ timeout: 5 });
  }
}

export function describeDatabases(name: string, body: (database: () => TestDatabase) => void): void {
  const templateUrl = inject('serverUrl');
  const adminUrl = inject('serverAdminUrl');
  let suiteServer: SuiteServerDatabase | undefined;
  const kinds = [
    { kind: 'pglite' as const, open: openPglite, skip: false },
    {
      kind: 'postgres' as const,
      open: () => openServer(suiteServer?.url ?? '', { max: 4 }),
      skip: !templateUrl || !adminUrl,
    },
  ];
  for (const { kind, open, skip } of kinds) {
    describe.skipIf(skip)(`${name} [${kind}]`, () => {
      let opened: OpenDatabase | undefined;
      const others: OpenDatabase[] = [];
      beforeAll(async () => {
        if (kind === 'postgres') {
          suiteServer = new SuiteServerDatabase(adminUrl ?? '', templateUrl ?? '');
          await suiteServer.create();
        }
        opened = await open();
      });
      afterAll(async () => {
        await Promise.all([...others.map((o) => o.close()), opened?.close()]);
        if (kind === 'postgres') await suiteServer?.drop();
      });
      body(() => {
        if (!opened) throw new Error('database not open yet');
        const db = opened.db;
        return {
          db,
          kind,
          url: kind === 'postgres' ? suiteServer?.url : undefined,
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
