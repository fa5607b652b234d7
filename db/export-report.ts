// What `npm run db:export` prints: the file, its size, the rows of each table and the next
// steps of a move to a server; or, when it refuses, why and what to do. Never the secret.
import type { ExportRefusal, ExportSummary } from './export-embedded.ts';

/** Where the embedded installation keeps its secret: its value is never printed. */
export type SecretSource = { kind: 'environment' } | { kind: 'file'; path: string } | { kind: 'none' };

/** A path as one shell word, so that a copied command works whatever the path holds. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en')} bytes`;
  if (bytes < 1024) return exact;
  const [size, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / 1024 / 1024, 'MiB'];
  return `${size.toFixed(1)} ${unit} (${exact})`;
}

export function summaryLines(summary: ExportSummary, dataDir: string, secret: SecretSource): string[] {
  const width = Math.max(...summary.tables.map((t) => t.table.length));
  const total = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    `Maillage: the embedded database of ${dataDir} is exported.`,
    '',
    `  file  ${summary.file}`,
    '        readable by you only (mode 600): it holds personal data, keep it private',
    `  size  ${formatBytes(summary.bytes)}, written in ${(summary.ms / 1000).toFixed(1)} s`,
    ...summary.removed.map((line) => `        for servers before PostgreSQL 18, left out: ${line}`),
    '',
    `Rows per table (${total.toLocaleString('en')} in all):`,
    ...summary.tables.map((t) => `  ${t.table.padEnd(width)}  ${t.rows.toLocaleString('en').padStart(9)}`),
    '',
    ...strippedWarning(summary),
    ...nextSteps(summary, secret),
  ];
}

function strippedWarning(summary: ExportSummary): string[] {
  if (summary.strippedLines.length === 0) return [];
  return [
    'WARNING: some stored texts have a line starting with \\restrict or \\unrestrict, which the dump tool',
    '(pglite-tools) leaves out: those lines are missing from this file, the rest is whole. Where:',
    ...summary.strippedLines.map((s) => `  ${s.column}: ${s.rows} row(s)`),
    '',
  ];
}

function nextSteps(summary: ExportSummary, secret: SecretSource): string[] {
  const url = 'postgres://maillage@HOST:5432/maillage';
  return [
    'To move Maillage to a PostgreSQL server (README, "Moving to a PostgreSQL server"):',
    '  1. Keep the bot stopped from now on: what it would record in DATA_DIR would not be in this file.',
    '  2. Create an empty database (PostgreSQL 14 or later), owned by the role Maillage will use:',
    '       createdb --owner=maillage maillage',
    '  3. Restore this file into it (one transaction: on any error, nothing is kept):',
    `       psql -v ON_ERROR_STOP=1 -d ${url} -f ${shellWord(summary.file)}`,
    '  4. Start Maillage with',
    `       DATABASE_URL=${url}`,
    ...secretLines(secret, summary.openAnonymousPolls),
    '     It finds its migrations already applied and its data as you left it.',
    '  5. Keep DATA_DIR, and this file, until the server runs well; then remove the file or keep it',
    '     as safely as the database itself.',
  ];
}

function secretLines(secret: SecretSource, openPolls: number): string[] {
  const why =
    openPolls > 0
      ? `     This very secret: the ${openPolls} open anonymous poll(s) know their voters only through it; with another one, a member voting again would count twice.`
      : '     This very secret: open anonymous polls know their voters only through it.';
  switch (secret.kind) {
    case 'file':
      return [
        `       MAILLAGE_SECRET set to the secret kept in ${secret.path}, e.g.`,
        `       MAILLAGE_SECRET="$(cat ${shellWord(secret.path)})"`,
        why,
      ];
    case 'environment':
      return ['       MAILLAGE_SECRET set to the value it has now (in the environment or .env)', why];
    case 'none':
      return [
        '       MAILLAGE_SECRET set to a new secret (this installation never had one):',
        '       MAILLAGE_SECRET="$(openssl rand -base64 48)"',
      ];
  }
}

export function refusalLines(refusal: ExportRefusal): string[] {
  switch (refusal.code) {
    case 'no-database':
      return [
        `Maillage export: there is no embedded database in ${refusal.dataDir}; nothing was written.`,
        'Is DATA_DIR right? It defaults to ./.maillage, relative to the directory Maillage runs from.',
      ];
    case 'not-maillage':
      return [
        `Maillage export: the database in ${refusal.dataDir} has no Maillage tables (no migration was ever applied); nothing was written.`,
      ];
    case 'locked':
      return [
        `Maillage export: the bot is running on ${refusal.dataDir} (process ${refusal.pid}); nothing was written.`,
        'The embedded database (PGlite) serves one process at a time: stop the bot, run npm run db:export again,',
        'then start the bot again (or move it to the server first).',
      ];
    case 'file-exists':
      return [
        `Maillage export: ${refusal.file} already exists; nothing was written. Name another file, or move that one away.`,
      ];
    case 'not-a-dump':
    case 'incomplete-dump':
      return [
        `Maillage export: pg_dump did not produce a whole plain-SQL dump (${refusal.code}); nothing was written.`,
      ];
  }
}

export const SERVER_CONFIGURED = [
  'Maillage export: DATABASE_URL is set, so Maillage runs on that PostgreSQL server, not on the embedded',
  'database: there is nothing to export. Back the server up with its own tools, for example',
  '  pg_dump --format=custom --file=maillage.dump "$DATABASE_URL"',
  '(README, "Backups"). To export the embedded database in DATA_DIR, run this without DATABASE_URL.',
];

export const USAGE = [
  'Usage: npm run db:export [-- FILE]',
  '',
  'Writes the embedded database (DATA_DIR) as a plain-SQL dump that a PostgreSQL 14 to 18 server',
  'restores with psql. FILE defaults to DATA_DIR/backups/maillage-YYYYMMDD-HHMMSS.sql; it must not',
  'exist yet. Stop the bot first. With npm run, relative paths start from the Maillage directory.',
];
