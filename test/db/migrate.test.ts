// Several processes starting together against one server migrate once: the advisory
// lock serialises them and the later ones find nothing left to apply.
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_FOLDER, openServer } from '../../db/client.ts';

const serverUrl = inject('serverAdminUrl');
const migrationCount = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length;

describe.skipIf(!serverUrl)('migrations on a PostgreSQL server', () => {
  it('are applied once when three processes start together', async () => {
    const admin = postgres(serverUrl ?? '', { max: 1, onnotice: () => {} });
    const name = `maillage_migrate_${Date.now()}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    const replicas = await Promise.all([1, 2, 3].map(() => openServer(url.toString(), { max: 2 })));
    try {
      await Promise.all(replicas.map((r) => r.migrate()));
      const check = postgres(url.toString(), { max: 1 });
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const tables = await check`select count(*)::int as n from pg_tables where schemaname = 'public'`;
      await check.end();
      expect(applied[0]?.n).toBe(migrationCount);
      expect(tables[0]?.n).toBeGreaterThanOrEqual(8);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
