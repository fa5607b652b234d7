// A vote's transaction holds the vote and nothing else: voting in an anonymous poll makes
// no one a member and claims no delivery key (votes set state, so a replay changes
// nothing); a public poll's voter becomes a member, named in its results. And polls opened
// before poll keys (a former salt, voters keyed by member) go on after the migration.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { type Database, MIGRATIONS_FOLDER, openServer } from '../../db/client.ts';
import { createStore, repositories } from '../../db/store.ts';
import { legacyVoterKey } from '../../src/core/request-parts.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const ALICE = { externalId: 'u-alice', displayName: 'Alice Martin', isPlatformAdmin: true };
const NEWCOMER = { externalId: 'U0NEWCOMER', displayName: 'Noémie Nouvelle', isPlatformAdmin: false };

const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

async function count(db: Database, table: string): Promise<number> {
  const result = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return Number(rowsOf<{ n: number }>(result)[0]?.n);
}

/** The tables holding a row written by the transaction that wrote the newest vote row. */
async function tablesWrittenWithVote(db: Database): Promise<string[]> {
  const tables = rowsOf<{ relname: string }>(
    await db.execute(
      sql`select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and relkind = 'r'`,
    ),
  );
  const [vote] = rowsOf<{ x: string }>(await db.execute(sql`select xmin::text as x from poll_votes`));
  const written: string[] = [];
  for (const { relname } of tables) {
    const rows = await db.execute(sql.raw(`select 1 from ${relname} where xmin::text = '${vote?.x}'`));
    if (rowsOf(rows).length > 0) written.push(relname);
  }
  return written.sort();
}

describeDatabases('a vote writes the vote and nothing else', (database) => {
  it('makes no one a member and claims no delivery key in an anonymous poll', async () => {
    const core = testCore(database().db, new FakeClock(new Date()));
    const where = newSpace('slack');
    await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi"', ALICE);
    const members = await count(database().db, 'members');
    const deliveries = await count(database().db, 'processed_deliveries');
    const click = {
      ...where,
      user: NEWCOMER,
      channelId: 'C1',
      text: 'vote 1 2',
      deliveryKey: 'slack:T1:1.1',
    };

    const first = await core.handle(click);
    const replayed = await core.handle(click);
    const again = await core.handle({ ...click, deliveryKey: 'slack:T2:2.2' });
    expect(first.failed).toBe(false);
    expect(first.messages.map((m) => JSON.stringify(m)).join()).toContain('Vote enregistré');
    // The same delivery is answered once by this process; another click sets the same state.
    expect(replayed.duplicate).toBe(true);
    expect(again.messages.map((m) => JSON.stringify(m)).join()).toContain('rien n');
    expect(await count(database().db, 'members')).toBe(members);
    expect(await count(database().db, 'processed_deliveries')).toBe(deliveries);
    expect(await tablesWrittenWithVote(database().db)).toEqual(['poll_votes']);
    const shown = await say(core, where, 'sondage 1', NEWCOMER);
    expect(shown.text).toMatch(/Votre choix\s?:\s?Emploi/u);
    expect(shown.text).toContain('1 participant');
  });

  it('makes the voter of a public poll a member, named in the results', async () => {
    const core = testCore(database().db, new FakeClock(new Date()));
    const where = newSpace('slack');
    await say(core, where, 'sondage "On garde le café ?" "Oui" "Non" public', ALICE);
    const members = await count(database().db, 'members');
    const voted = await say(core, where, 'vote 1 1', NEWCOMER);
    expect(voted.failed, voted.text).toBe(false);
    expect(await count(database().db, 'members')).toBe(members + 1);
    const results = await say(core, where, 'sondage fermer 1', ALICE);
    expect(results.text).toContain('Noémie Nouvelle');
  });
});

/** A database migrated up to `last` (a migration's tag), from a copy of the migrations folder. */
async function migratedUpTo(last: string): Promise<{ pg: PGlite; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-migrations-'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  for (const { tag } of journal.entries)
    copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(dir, `${tag}.sql`));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  const pg = await PGlite.create();
  await migrate(drizzle(pg), { migrationsFolder: dir });
  return { pg, dir };
}

describe('an anonymous poll opened before poll keys', () => {
  it('goes on after the migration: its voter changes their vote, a newcomer votes, it closes', async () => {
    const { pg, dir } = await migratedUpTo('0010_cafe_network_keys');
    try {
      const salt = 'a-former-salt-of-forty-three-characters-ab';
      const [network] = (
        await pg.query<{ id: string }>(
          `insert into networks (name, locale, time_zone, digest_cron) values ('Réseau', 'fr', 'Europe/Paris', '0 9 * * 1') returning id`,
        )
      ).rows;
      const n = network?.id;
      const [space] = (
        await pg.query<{ id: string }>(
          `insert into spaces (network_id, platform, external_id) values ($1, 'shell', 'legacy-space') returning id`,
          [n],
        )
      ).rows;
      const member = async (external: string, name: string) => {
        const [m] = (
          await pg.query<{ id: string }>(
            `insert into members (network_id, display_name) values ($1, $2) returning id`,
            [n, name],
          )
        ).rows;
        await pg.query(
          `insert into member_identities (network_id, member_id, space_id, external_id) values ($1, $2, $3, $4)`,
          [n, m?.id, space?.id, external],
        );
        return m?.id ?? '';
      };
      const alice = await member(ALICE.externalId, ALICE.displayName);
      const voter = await member('u-voter', 'Victor Votant');
      const [poll] = (
        await pg.query<{ id: string }>(
          `insert into polls (network_id, ref, author_id, question, closes_at, salt, space_id)
           values ($1, 1, $2, 'Quelle priorité ?', now() + interval '1 day', $3, $4) returning id`,
          [n, alice, salt, space?.id],
        )
      ).rows;
      const options = (
        await pg.query<{ id: string }>(
          `insert into poll_options (network_id, poll_id, position, label) values ($1, $2, 1, 'Logement'), ($1, $2, 2, 'Emploi') returning id`,
          [n, poll?.id],
        )
      ).rows;
      const key = legacyVoterKey(SECRET, Buffer.from(salt), voter);
      await pg.query(
        `insert into poll_votes (network_id, poll_id, voter, option_id) values ($1, $2, $3, $4)`,
        [n, poll?.id, key, options[0]?.id],
      );

      await migrate(drizzle(pg), { migrationsFolder: MIGRATIONS_FOLDER });
      const db = drizzle(pg) as unknown as Database;
      const core = testCore(db, new FakeClock(new Date()));
      const where = { platform: 'shell' as const, space: { externalId: 'legacy-space', name: null } };
      const changed = await say(core, where, 'vote 1 2', {
        externalId: 'u-voter',
        displayName: 'Victor Votant',
        isPlatformAdmin: false,
      });
      expect(changed.text).toContain('Vote modifié');
      const newcomer = await say(core, where, 'vote 1 1', NEWCOMER);
      expect(newcomer.text).toContain('Vote enregistré');
      const closed = await say(core, where, 'sondage fermer 1', ALICE);
      expect(closed.text).toContain('moins de 3 réponses');
      const [closedPoll] = (await pg.query<{ participants: number }>('select participants from polls')).rows;
      expect(closedPoll?.participants).toBe(2);
      expect(await repositories(db).polls.keyOf(n ?? '', poll?.id ?? '')).toBeUndefined();
      const columns = (
        await pg.query<{ column_name: string }>(
          `select column_name from information_schema.columns where table_name = 'polls' and column_name = 'salt'`,
        )
      ).rows;
      expect(columns).toEqual([]);
    } finally {
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const templateUrl = inject('serverUrl');
const adminUrl = inject('serverAdminUrl');

describe.skipIf(!templateUrl || !adminUrl)(
  'anonymous polls closing at once on two replicas [postgres]',
  () => {
    /** A database of the test's own; `fk` re-creates the former foreign key (to see the test fail). */
    async function scratch(fk = false) {
      const name = `maillage_closing_${process.pid}_${Date.now()}`;
      const admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name} template ${new URL(templateUrl ?? '').pathname.slice(1)}`);
      const url = new URL(templateUrl ?? '');
      url.pathname = `/${name}`;
      const raw = postgres(url.toString(), { max: 1, onnotice: () => {} });
      if (fk)
        await raw.unsafe(
          'alter table poll_keys add constraint poll_keys_poll_fk foreign key (network_id, poll_id) references polls(network_id, id) on delete cascade',
        );
      const opened = await openServer(url.toString(), { max: 4 });
      const drop = async () => {
        await opened.close();
        await raw.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      };
      return { raw, db: opened.db, drop };
    }

    it('closes a poll while another closer holds its own poll and waits for the keys table', async () => {
      const { raw, db, drop } = await scratch(process.env.MAILLAGE_TEST_FORMER_FK === '1');
      try {
        const core = testCore(db, new FakeClock(new Date()));
        const where = newSpace('slack');
        for (const i of [1, 2]) {
          await say(core, where, `sondage "Question ${i} ?" "Oui" "Non"`, ALICE);
          await say(core, where, `vote ${i} 1`, NEWCOMER);
        }
        const found = await repositories(db).networks.findSpace('slack', where.space.externalId);
        const networkId = found?.network.id ?? '';
        const [first, second] = await repositories(db).polls.listOpen(networkId);
        if (!first || !second) throw new Error('two polls expected');
        // The other replica, mid-close of the second poll: it holds that poll's row, and will
        // want the keys table once this replica's close of the first poll has it.
        let closing: Promise<boolean> | undefined;
        await raw.begin(async (other) => {
          await other`select id from polls where id = ${second.id} for update`;
          closing = createStore(db).run((repos) => repos.polls.close(networkId, first.id, new Date()));
          await new Promise((resolve) => setTimeout(resolve, 500));
          await other`lock table poll_keys in access exclusive mode`;
        });
        expect(await closing).toBe(true);
        expect(await repositories(db).polls.keyOf(networkId, first.id)).toBeUndefined();
        expect(await repositories(db).polls.keyOf(networkId, second.id)).toBeDefined();
      } finally {
        await drop();
      }
    }, 60_000);
  },
);
