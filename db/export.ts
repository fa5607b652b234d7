// `npm run db:export [-- FILE]`: writes the embedded database in DATA_DIR as a plain-SQL
// dump a PostgreSQL server restores, to move Maillage to a server or to keep a backup.
// Run it with the bot stopped; it reads the configuration as the bot does.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { exportEmbedded } from './export-embedded.ts';
import { refusalLines, SERVER_CONFIGURED, type SecretSource, summaryLines, USAGE } from './export-report.ts';

function fail(lines: string[], code: number): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

/** Where the bot's secret comes from: MAILLAGE_SECRET first, else the file db/data-dir.ts keeps. */
function secretSource(configured: string | undefined, dataDir: string): SecretSource {
  if (configured) return { kind: 'environment' };
  const path = join(dataDir, 'secret');
  return existsSync(path) ? { kind: 'file', path } : { kind: 'none' };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE.join('\n')}\n`);
    return;
  }
  if (args.length > 1 || args[0]?.startsWith('-')) fail(USAGE, 2);
  const parsed = loadConfig();
  if (!parsed.ok) {
    const hint = parsed.error.some((p) => p.includes('DATABASE_URL')) ? SERVER_CONFIGURED : [];
    fail(['Maillage export: invalid configuration:', ...parsed.error.map((p) => `  - ${p}`), ...hint], 2);
  }
  const config = parsed.value;
  if (config.databaseUrl) fail(SERVER_CONFIGURED, 1);
  const dataDir = resolve(config.dataDir);
  const exported = await exportEmbedded({ dataDir, file: args[0], now: new Date() });
  if (!exported.ok) fail(refusalLines(exported.error), 1);
  const lines = summaryLines(exported.value, dataDir, secretSource(config.secret, dataDir));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Maillage export stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
