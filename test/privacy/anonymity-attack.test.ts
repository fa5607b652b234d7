// The README's anonymity promise, tested as an attacker would break it. While the poll is
// open: join vote rows on neighbouring transaction ids (xmin ± 2) with every other table,
// live rows and dead ones. After it closes: the same on every page, plus every salt or key
// found in any tuple or any file (WAL included) combined with MAILLAGE_SECRET to recompute
// the voter keys. On an embedded DATA_DIR, the attacker holds a copy of the directory
// (which holds the secret) and opens it with pageinspect; on the server, a superuser
// session with pageinspect and the WAL segments written during the test.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openEmbedded } from '../../db/client.ts';
import { loadOrCreateSecret } from '../../db/data-dir.ts';
import { createStore } from '../../db/store.ts';
import { commands } from '../../src/core/commands/index.ts';
import { createCore } from '../../src/core/core.ts';
import { FakeClock, newSpace, RecordingLogger } from '../support/fakes.ts';
import {
  type Evidence,
  type Link,
  neighbourLinks,
  type Person,
  rawLinks,
  recomputedLinks,
  trueLinks,
} from './anonymity-attacker.ts';
import { everyTuple, filesUnder, type Query, serverFiles, walPosition } from './anonymity-evidence.ts';
import { openPollWithFirstActVoters, type Scenario } from './anonymity-scenario.ts';

const DEFAULTS = { name: 'Réseau', locale: 'fr', timeZone: 'Europe/Paris', digestCron: '0 9 * * 1' } as const;

function coreOn(db: Parameters<typeof createStore>[0], secret: string) {
  return createCore({
    store: createStore(db),
    clock: new FakeClock(new Date()),
    logger: new RecordingLogger(),
    commands,
    secret,
    defaults: DEFAULTS,
  });
}

/** The SQL a user with SELECT rights runs: vote rows and rows of other tables by xmin ± 2. */
async function xminJoinLinks(query: Query, scenario: Scenario): Promise<Set<Link>> {
  const tables = await query(
    `select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and relkind = 'r' and relname <> 'poll_votes'`,
  );
  const options = await scenario.options();
  const people = await scenario.people();
  const links = new Set<Link>();
  const votes = await query('select xmin::text::bigint as x, option_id from poll_votes');
  for (const { relname } of tables) {
    const rows = await query(`select xmin::text::bigint as x, t::text as row from ${relname} t`);
    for (const vote of votes)
      for (const row of rows) {
        if (Math.abs(Number(row.x) - Number(vote.x)) > 2) continue;
        const label = options.get(String(vote.option_id));
        for (const person of people) {
          const marks = [person.identity.split(':')[1] ?? '', person.memberId ?? '-'];
          if (label && marks.some((m) => String(row.row).includes(m))) links.add(`${person.name} → ${label}`);
        }
      }
  }
  return links;
}

interface Findings {
  whileOpen: { xminJoin: Link[]; neighbours: Link[] };
  afterClose: { neighbours: Link[]; recomputed: Link[]; raw: Link[]; keysInFiles: number };
}

const report = (where: string, findings: Findings & { openCopyWithSecret?: number }) =>
  process.stdout.write(`[anonymity attack, ${where}] ${JSON.stringify(findings)}\n`);

function expectNoLinks(findings: Findings) {
  expect(findings.whileOpen.xminJoin).toEqual([]);
  expect(findings.whileOpen.neighbours).toEqual([]);
  expect(findings.afterClose.keysInFiles).toBe(0);
  expect(findings.afterClose.neighbours).toEqual([]);
  expect(findings.afterClose.recomputed).toEqual([]);
  expect(findings.afterClose.raw).toEqual([]);
}

describe('anonymous votes against someone holding a copy of the embedded DATA_DIR', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('links no voter to a choice, while the poll is open or from every file after it closed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-attack-'));
    const copyOpen = mkdtempSync(join(tmpdir(), 'maillage-attack-open-'));
    const copy = mkdtempSync(join(tmpdir(), 'maillage-attack-copy-'));
    dirs.push(dataDir, copyOpen, copy);
    const secret = loadOrCreateSecret(dataDir);
    const open = async (load?: Blob) => {
      const opened = await openEmbedded(dataDir, load ? { loadDataDir: load } : {});
      const pg = (opened.db as unknown as { $client: PGlite }).$client;
      const query: Query = async (text, params) =>
        (await pg.query<Record<string, unknown>>(text, params)).rows;
      return { opened, core: coreOn(opened.db, secret), query };
    };
    let live = await open(new Blob([readFileSync(inject('pgliteDump'))]));
    const scenario = await openPollWithFirstActVoters(newSpace('slack'), () => live);
    const keys = await scenario.keys();
    expect(keys.length).toBe(1);
    await scenario.votersActAgain();
    const options = await scenario.options();
    const people = await scenario.people();
    const xminJoin = trueLinks(await xminJoinLinks(live.query, scenario), scenario.truth);

    // A copy of the directory taken while the poll is open (a backup), then the bot goes on.
    await live.opened.close();
    cpSync(dataDir, copyOpen, { recursive: true });
    live = await open();
    const whileOpen = await attackCopy(copyOpen, people, options);
    await scenario.close();
    await live.opened.close();

    cpSync(dataDir, copy, { recursive: true });
    const evidence = await attackCopy(copy, people, options);
    const raw = rawLinks(evidence, keys);
    const findings: Findings = {
      whileOpen: { xminJoin, neighbours: trueLinks(neighbourLinks(whileOpen), scenario.truth) },
      afterClose: {
        neighbours: trueLinks(neighbourLinks(evidence), scenario.truth),
        recomputed: trueLinks(recomputedLinks(evidence), scenario.truth),
        raw: trueLinks(raw.links, scenario.truth),
        keysInFiles: raw.keysFound,
      },
    };
    // Not a promise: a copy made while the poll is open holds its key (the README says so).
    const openCopyWithSecret = trueLinks(rawLinks(whileOpen, keys).links, scenario.truth).length;
    report('embedded', { ...findings, openCopyWithSecret });
    expect(evidence.tuples.some((t) => t.table === 'poll_votes')).toBe(true);
    expectNoLinks(findings);
    // Two starts of the embedded database and a copy of every file: slow on a loaded machine.
  }, 120_000);
});

/** What the attacker reads from a copy of DATA_DIR: every tuple (pageinspect) and every file. */
async function attackCopy(copy: string, people: Person[], options: Map<string, string>): Promise<Evidence> {
  const attacker = await PGlite.create({ dataDir: join(copy, 'pgdata'), extensions: { pageinspect } });
  try {
    const query: Query = async (text, params) =>
      (await attacker.query<Record<string, unknown>>(text, params)).rows;
    return {
      tuples: await everyTuple(query),
      files: filesUnder(copy),
      secret: readFileSync(join(copy, 'secret'), 'utf8').trim(),
      people,
      options,
    };
  } finally {
    await attacker.close();
  }
}

const templateUrl = inject('serverUrl');
const adminUrl = inject('serverAdminUrl');

describe.skipIf(!templateUrl || !adminUrl)(
  'anonymous votes against a superuser of the PostgreSQL server',
  () => {
    it('links no voter to a choice, while the poll is open or from every page and WAL segment after', async () => {
      const name = `maillage_attack_${process.pid}_${Date.now()}`;
      const admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
      const template = new URL(templateUrl ?? '').pathname.slice(1);
      await admin.unsafe(`create database ${name} template ${template}`);
      const url = new URL(templateUrl ?? '');
      url.pathname = `/${name}`;
      const su = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const query: Query = async (text, params) =>
        (await su.unsafe(text, (params ?? []) as never[])) as unknown as Record<string, unknown>[];
      const { openServer } = await import('../../db/client.ts');
      const opened = await openServer(url.toString(), { max: 4 });
      try {
        const secret = 'the-server-secret-of-at-least-thirty-two-chars';
        const core = coreOn(opened.db, secret);
        const fromSegment = await walPosition(query);
        const scenario = await openPollWithFirstActVoters(newSpace('slack'), () => ({ core, query }));
        const keys = await scenario.keys();
        expect(keys.length).toBe(1);
        await scenario.votersActAgain();
        const options = await scenario.options();
        const people = await scenario.people();
        const whileOpen = {
          xminJoin: trueLinks(await xminJoinLinks(query, scenario), scenario.truth),
          neighbours: trueLinks(
            neighbourLinks({ tuples: await everyTuple(query), files: [], secret: '', people, options }),
            scenario.truth,
          ),
        };
        await scenario.close();
        const evidence: Evidence = {
          tuples: await everyTuple(query),
          files: await serverFiles(query, fromSegment),
          secret,
          people,
          options,
        };
        const raw = rawLinks(evidence, keys);
        const findings: Findings = {
          whileOpen,
          afterClose: {
            neighbours: trueLinks(neighbourLinks(evidence), scenario.truth),
            recomputed: trueLinks(recomputedLinks(evidence), scenario.truth),
            raw: trueLinks(raw.links, scenario.truth),
            keysInFiles: raw.keysFound,
          },
        };
        report('server', findings);
        expectNoLinks(findings);
      } finally {
        await opened.close();
        await su.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      }
    });
  },
);
