// Runs once per `npm test`: migrates a PGlite database and dumps it, so each test file
// loads a migrated copy in ~0.3 s instead of creating one; and, when TEST_DATABASE_URL
// is set, creates and migrates a template database of this run's own on that server
// (dropped at the end), from which each server suite copies a database of its own.
// An unreachable server fails the run: it never silently skips.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openServer } from '../db/client.ts';
import { parseConfig } from '../src/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    /** A DATA_DIR with a migrated embedded database and no network yet (see data-dir-template.ts). */
    dataDirTemplate: string;
    /** The run's migrated template database on the server (nobody connects to it). */
    serverUrl: string | null;
    /** TEST_DATABASE_URL itself, to create and drop databases from. */
    serverAdminUrl: string | null;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function createServerDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `maillage_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    throw new Error(`TEST_DATABASE_URL is set but the server cannot be used: ${(error as Error).message}`);
  }
  const testUrl = withDatabase(url, name);
  const server = await openServer(testUrl, { max: 2 });
  await server.migrate();
  await server.close();
  return {
    url: testUrl,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

const SKIPPED_NOTICE =
  '[maillage] TEST_DATABASE_URL is not set: the PostgreSQL server suites were SKIPPED; the database tests ran on PGlite only.';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-test-'));
  const embedded = await openEmbedded(null);
  await embedded.migrate();
  const dump = await embedded.dumpDataDir?.();
  if (!dump) throw new Error('the embedded database cannot be dumped');
  await embedded.close();
  const dumpPath = join(dir, 'migrated.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', dumpPath);
  // A DATA_DIR holding that migrated database, as the bot leaves it after a first start: tests
  // that run the bot but do not test its first start copy it (no initdb in each of them).
  const templateDir = join(dir, 'data-dir');
  const template = await openEmbedded(templateDir, { loadDataDir: dump });
  await template.close();
  project.provide('dataDirTemplate', templateDir);

  const config = parseConfig(process.env);
  const serverUrl = config.ok ? config.value.testDatabaseUrl : undefined;
  let drop: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const created = await createServerDatabase(serverUrl);
    drop = created.drop;
    project.provide('serverUrl', created.url);
    project.provide('serverAdminUrl', serverUrl);
  } else {
    project.provide('serverUrl', null);
    project.provide('serverAdminUrl', null);
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop?.();
    if (!serverUrl) process.stdout.write(`\n${SKIPPED_NOTICE}\n`);
  };
}
