// `npm run db:export`: the embedded database of a bot that has been used (profiles,
// goals, exchanges, a glossary entry, the demo network, open anonymous and public polls
// with votes) becomes a plain-SQL file; restored with psql into an empty database of the
// PostgreSQL server, the bot starts on it and answers as before, and a member who voted
// in the still-open anonymous poll is still recognised. The refusals write nothing.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatBytes } from '../../db/export-report.ts';
import {
  countEveryTable,
  pgliteQuery,
  psqlRestore,
  RestoreTarget,
  type Run,
  reportedCounts,
  runBot,
  runExport,
  serverQuery,
  startBot,
} from './export-support.ts';

const adminUrl = inject('serverAdminUrl');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const created: string[] = [];
const freshDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
};
// Databases and dumps of a run weigh about 100 MB.
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** What people did with the bot, on the embedded database. */
const FILL = [
  'profil structure "Mission locale de Cergy" type ML',
  'profil metier "Conseillère en insertion"',
  'profil thematiques logement, emploi',
  'as "Marie Dupont"',
  'profil structure "Centre social des Touleuses" type CS',
  'profil territoire "Cergy"',
  'profil aide "accès aux droits des jeunes"',
  'as "Jean Martin"',
  'profil structure "Club de prévention Les Linandes" type PREVENTION',
  'profil territoire "Cergy, quartier des Touleuses"',
  'as',
  'but nouveau "Aucun jeune sans solution" indicateur "Jeunes sans solution en septembre : objectif zéro"',
  'but 1 statut actif',
  'but 1 indicateur "Juin : 12 jeunes sans solution sur 20 repérés"',
  'echange appel @"Marie Dupont" #logement but 1 note "préparation du forum"',
  'echange rencontre @"Jean Martin" structure "Mission locale de Cergy" #emploi hier',
  'sigle ajouter VVV "Ville vie vacances : activités pour les jeunes des quartiers"',
  'sondage "Quelle priorité pour l\'atelier ?" "Logement" "Emploi" "Santé" duree 3j',
  'vote 1 1',
  'as "Marie Dupont"',
  'vote 1 2',
  'as "Jean Martin"',
  'vote 1 2',
  'as',
  'sondage "On garde le café coopération mensuel ?" "Oui" "Non" public duree 3j but 1',
  'vote 2 1',
  'as "Marie Dupont"',
  'vote 2 2',
  'as',
  'demo',
  'as "Samia Benali"',
  'vote 2 1',
  'as "Thomas Leroy"',
  'vote 2 3',
  'as',
  'demo sortir',
];

/** Questions that only read, asked of the embedded database and then of the server. */
const QUESTIONS = [
  'qui structures',
  'qui cergy',
  'but',
  'but 1',
  'sondage liste',
  'sondage 1',
  'sondage 2',
  'sigle VVV',
  'echange liste',
  'as "Marie Dupont"',
  'sondage 1',
  'as',
  'demo',
  'qui structures',
  'but 1',
  'sondage liste',
  'as "Samia Benali"',
  'sondage 2',
  'as',
  'demo sortir',
];

/**
 * An exchange's participants come out of the database in no set order (db/repositories/
 * exchanges.ts reads them without ORDER BY), and PostgreSQL 15 joins them in another order
 * than PGlite: the names after "avec" are compared as a set.
 */
const participantsAsSet = (text: string) =>
  text.replace(
    / avec (.+?)(?= — |$)/gm,
    (_, names: string) =>
      ` avec ${names
        .split(/, | et /)
        .sort()
        .join(', ')}`,
  );

const pollLine = (stdout: string) => plain(stdout).match(/^1 — Quelle priorité.*$/m)?.[0] ?? '';

interface Exported {
  dataDir: string;
  secret: string;
  /** What the embedded bot answered to QUESTIONS. */
  answers: Run;
  exported: Run;
  file: string;
}

/** The bot used on an embedded database, asked QUESTIONS, then exported: once per run. */
async function useThenExport(): Promise<Exported> {
  // A first start of its own (not a copied DATA_DIR): the test compares the migrations'
  // sequence, which a database loaded from a tarball holds ahead (PostgreSQL logs sequences
  // 32 values at a time).
  const dataDir = join(freshDir('maillage-export-'), 'data');
  const fill = await runBot({ DATA_DIR: dataDir }, FILL);
  expect(fill.code, fill.stderr).toBe(0);
  const answers = await runBot({ DATA_DIR: dataDir }, QUESTIONS);
  expect(answers.code, answers.stderr).toBe(0);
  const secret = readFileSync(join(dataDir, 'secret'), 'utf8').trim();
  const exported = await runExport({ DATA_DIR: dataDir });
  expect(exported.code, exported.stderr).toBe(0);
  const backups = join(dataDir, 'backups');
  const file = join(backups, readdirSync(backups)[0] ?? '');
  console.info(
    `[db:export] used demo data: ${formatBytes(statSync(file).size)}, export ` +
      `${exported.stdout.match(/written in ([\d.]+) s/)?.[1]} s (npm run with start-up ${(exported.ms / 1000).toFixed(1)} s)`,
  );
  return { dataDir, secret, answers, exported, file };
}
let once: Promise<Exported> | undefined;
const embedded = () => {
  once ??= useThenExport();
  return once;
};

describe('npm run db:export on a used embedded database', () => {
  let x: Exported;
  beforeAll(async () => {
    x = await embedded();
  }, 300_000);
  it('the embedded bot answered with real data before the export', () => {
    const text = plain(x.answers.stdout);
    expect(text).toContain('Mission locale de Cergy');
    expect(text).toContain('Aucun jeune sans solution');
    expect(text).toContain('Juin : 12 jeunes sans solution sur 20 repérés');
    expect(pollLine(x.answers.stdout)).toMatch(/3 participants .* vous avez voté$/);
    expect(text).toContain('Votre choix : Logement');
    expect(text).toContain('Votre choix : Emploi');
    expect(text).toContain('Votre choix : Décrochage scolaire');
    expect(text).toContain('Ville vie vacances');
  });

  it('writes a private plain-SQL file under DATA_DIR/backups and reports it, never the secret', () => {
    expect(x.file).toMatch(/\/backups\/maillage-\d{8}-\d{6}\.sql$/);
    expect(statSync(x.file).mode & 0o777).toBe(0o600);
    const out = x.exported.stdout;
    expect(out).toContain(`file  ${x.file}`);
    expect(out).toContain(`(${statSync(x.file).size.toLocaleString('en')} bytes)`);
    expect(out).toContain(`MAILLAGE_SECRET="$(cat ${join(x.dataDir, 'secret')})"`);
    expect(out).toContain('the 2 open anonymous poll(s) know their voters only through it');
    expect(out).toContain('for servers before PostgreSQL 18, left out: SET transaction_timeout = 0;');
    expect(out).toContain(`psql -v ON_ERROR_STOP=1 -d postgres://maillage@HOST:5432/maillage -f ${x.file}`);
    expect(`${out}${x.exported.stderr}${readFileSync(x.file, 'utf8')}`).not.toContain(x.secret);
    const sql = readFileSync(x.file, 'utf8');
    expect(sql).toMatch(/^-- Maillage: the embedded database of /);
    expect(sql).not.toMatch(/^SET transaction_timeout/m);
    expect(sql).toMatch(/^BEGIN;$/m);
    expect(sql.trimEnd()).toMatch(/\nCOMMIT;$/);
  });

  it('reports the rows of every table as the embedded database holds them', async () => {
    const pg = await PGlite.create({ dataDir: join(x.dataDir, 'pgdata') });
    try {
      const counts = await countEveryTable(pgliteQuery(pg));
      expect(reportedCounts(x.exported.stdout)).toEqual(counts);
      expect(counts.members).toBeGreaterThanOrEqual(9);
      expect(counts.poll_votes).toBeGreaterThanOrEqual(7);
      expect(counts['drizzle.__drizzle_migrations']).toBeGreaterThanOrEqual(10);
    } finally {
      await pg.close();
    }
  }, 60_000);

  it('restores into an empty PGlite database with the same rows', async () => {
    const pg = await PGlite.create();
    try {
      await pg.exec(readFileSync(x.file, 'utf8'));
      expect(await countEveryTable(pgliteQuery(pg))).toEqual(reportedCounts(x.exported.stdout));
    } finally {
      await pg.close();
    }
  }, 60_000);

  it('refuses while the bot runs on the data directory, naming its process', async () => {
    const bot = startBot({ DATA_DIR: x.dataDir });
    await bot.ready;
    const refused = await runExport({ DATA_DIR: x.dataDir }, [join(x.dataDir, 'while-running.sql')], false);
    expect(await bot.stop()).toBe(0);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `the bot is running on ${x.dataDir} (process ${bot.pid}); nothing was written`,
    );
    expect(refused.stderr).toContain('stop the bot');
    expect(existsSync(join(x.dataDir, 'while-running.sql'))).toBe(false);
  }, 90_000);

  it('refuses to overwrite a file, and more than one argument', async () => {
    const existing = join(freshDir('maillage-export-file-'), 'kept.sql');
    writeFileSync(existing, 'mine');
    const refused = await runExport({ DATA_DIR: x.dataDir }, [existing], false);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${existing} already exists; nothing was written`);
    expect(readFileSync(existing, 'utf8')).toBe('mine');
    const usage = await runExport({ DATA_DIR: x.dataDir }, ['a.sql', 'b.sql'], false);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run db:export [-- FILE]');
  }, 60_000);
});

describe.skipIf(!adminUrl)('restored with psql into an empty database of the PostgreSQL server', () => {
  let target: RestoreTarget;
  const bot = (lines: string[], withSecret = x.secret) =>
    runBot({ DATABASE_URL: target.url, MAILLAGE_SECRET: withSecret }, lines);
  let check: postgres.Sql;
  let x: Exported;

  beforeAll(async () => {
    x = await embedded();
    target = new RestoreTarget(adminUrl ?? '');
    await target.create();
    await psqlRestore(target.url, x.file);
    check = postgres(target.url, { max: 1, onnotice: () => {} });
  }, 400_000);
  afterAll(async () => {
    await check?.end({ timeout: 5 });
    await target?.drop();
  });

  it('holds the same rows in every table, the applied migrations included', async () => {
    expect(await countEveryTable(serverQuery(check))).toEqual(reportedCounts(x.exported.stdout));
    const pg = await PGlite.create({ dataDir: join(x.dataDir, 'pgdata') });
    const embedded = await pg.query('select * from drizzle.__drizzle_migrations order by id');
    await pg.close();
    const restored = await check`select * from drizzle.__drizzle_migrations order by id`;
    expect(restored.map((r) => ({ ...r, created_at: String(r.created_at) }))).toEqual(
      embedded.rows.map((r) => ({
        ...(r as object),
        created_at: String((r as { created_at: unknown }).created_at),
      })),
    );
    // The next migration applied on the server gets a new id, not one already taken.
    const [sequence] = await check`select last_value::int as n from drizzle.__drizzle_migrations_id_seq`;
    expect(sequence?.n).toBe(restored.length);
  }, 60_000);

  it('starts the bot on it, which answers qui, but and sondage as the embedded database did', async () => {
    const before = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
    const run = await bot(QUESTIONS);
    expect(run.code, run.stderr).toBe(0);
    expect(participantsAsSet(run.stdout)).toBe(participantsAsSet(x.answers.stdout));
    // It found its migrations applied: none ran again.
    const after = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(after[0]?.n).toBe(before[0]?.n);
  }, 90_000);

  it('does not know who voted when started with another MAILLAGE_SECRET (the control)', async () => {
    const run = await bot(['sondage liste', 'sondage 1'], 'another-secret-of-at-least-thirty-two-chars');
    expect(run.code, run.stderr).toBe(0);
    expect(pollLine(run.stdout)).toMatch(/3 participants/);
    expect(pollLine(run.stdout)).not.toContain('vous avez voté');
    expect(plain(run.stdout)).not.toContain('Votre choix : Logement');
  }, 90_000);

  it('counts a new vote in the open anonymous poll as a change of the same voter', async () => {
    const run = await bot(['as "Marie Dupont"', 'vote 1 3', 'sondage liste', 'as', 'sondage fermer 1']);
    expect(run.code, run.stderr).toBe(0);
    const text = plain(run.stdout);
    expect(text).toContain('Vote modifié.');
    expect(text).not.toContain('Vote enregistré.');
    expect(pollLine(run.stdout)).toMatch(/3 participants .* vous avez voté$/);
    const results = text.slice(text.indexOf("Résultats : Quelle priorité pour l'atelier ?"));
    expect(results).toMatch(
      /Logement — 1 vote \(33 %\)\nEmploi — 1 vote \(33 %\)\nSanté — 1 vote \(33 %\)\n3 participants/,
    );
  }, 90_000);

  it('refuses a second restore into the database, which keeps its rows', async () => {
    const before = await countEveryTable(serverQuery(check));
    await expect(psqlRestore(target.url, x.file)).rejects.toThrow(/into an EMPTY database/);
    expect(await countEveryTable(serverQuery(check))).toEqual(before);
  }, 60_000);
});

describe('npm run db:export refusals', () => {
  it('refuses when DATABASE_URL is set: the server is backed up with its own tools', async () => {
    const dataDir = freshDir('maillage-export-server-');
    const url = 'postgres://maillage@db.example.org:5432/maillage';
    const withSecret = await runExport(
      { DATA_DIR: dataDir, DATABASE_URL: url, MAILLAGE_SECRET: 'a-secret-of-at-least-thirty-two-characters' },
      [],
      false,
    );
    expect(withSecret.code).toBe(1);
    expect(withSecret.stderr).toContain('DATABASE_URL is set, so Maillage runs on that PostgreSQL server');
    expect(withSecret.stderr).toContain('pg_dump --format=custom');
    const withoutSecret = await runExport({ DATA_DIR: dataDir, DATABASE_URL: url }, [], false);
    expect(withoutSecret.code).toBe(2);
    expect(withoutSecret.stderr).toContain('MAILLAGE_SECRET is required with DATABASE_URL');
    expect(withoutSecret.stderr).toContain('DATABASE_URL is set, so Maillage runs on that PostgreSQL server');
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);

  it('refuses a data directory without a database, and creates nothing', async () => {
    const empty = freshDir('maillage-export-empty-');
    const refused = await runExport({ DATA_DIR: empty }, [], false);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`there is no embedded database in ${empty}`);
    expect(refused.stdout).toBe('');
    expect(readdirSync(empty)).toEqual([]);
    const missing = join(empty, 'not-there');
    expect((await runExport({ DATA_DIR: missing }, [], false)).code).toBe(1);
    expect(existsSync(missing)).toBe(false);
    mkdirSync(join(empty, 'pgdata'));
    expect((await runExport({ DATA_DIR: empty }, [], false)).stderr).toContain('no embedded database');
  }, 60_000);

  it('refuses a database without Maillage tables', async () => {
    const dataDir = freshDir('maillage-export-foreign-');
    const pg = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    await pg.exec('create table notes (id int)');
    await pg.close();
    const refused = await runExport({ DATA_DIR: dataDir }, [], false);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the database in ${dataDir} has no Maillage tables`);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    expect(existsSync(join(dataDir, 'maillage.lock'))).toBe(false);
  }, 60_000);
});
