// The benchmark suite: runs the parts asked for (all of the suite by default), prints the
// table and writes results.json. See bench/README.md.
//   npx tsx bench/run.ts                  every part of the suite → bench/results.json
//   npx tsx bench/run.ts digest pairing   those parts only (replaced in results.json)
//   npx tsx bench/run.ts --smoke          a tiny version of each part, no target judged
// Options: --out FILE (where results go), --markdown (also print the table in Markdown).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchPart, Figure, PartContext } from './framework/part.ts';
import {
  commitOf,
  formatMarkdown,
  formatTable,
  machineOf,
  type PartResult,
  type Results,
  withVerdicts,
  writeResults,
} from './framework/report.ts';
import { serverVersion } from './framework/scratch-database.ts';
import { parts as allParts } from './parts/index.ts';

interface Options {
  smoke: boolean;
  markdown: boolean;
  out: string;
  selected: BenchPart[];
}

function usage(problem: string): never {
  const names = allParts.map(
    (p) => `  ${p.name.padEnd(10)} ${p.title}${p.inSuite ? '' : ' (not in the suite)'}`,
  );
  process.stderr.write(
    `${problem}\nUsage: npx tsx bench/run.ts [--smoke] [--markdown] [--out FILE] [PART ...]\nParts:\n${names.join('\n')}\n`,
  );
  process.exit(2);
}

function parseOptions(args: string[]): Options {
  let smoke = false;
  let markdown = false;
  let out: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--smoke') smoke = true;
    else if (arg === '--markdown') markdown = true;
    else if (arg === '--out') out = args[++i] ?? usage('--out needs a file name');
    else if (arg === '--help' || arg === '-h') usage('');
    else if (arg.startsWith('-')) usage(`Unknown option ${arg}`);
    else names.push(arg);
  }
  const selected =
    names.length === 0
      ? allParts.filter((p) => p.inSuite)
      : names.map((n) => allParts.find((p) => p.name === n) ?? usage(`Unknown part "${n}"`));
  // A smoke run checks the code runs: its figures do not replace the real ones.
  const defaultOut = smoke
    ? join(tmpdir(), 'maillage-bench-smoke.json')
    : join(import.meta.dirname, 'results.json');
  return { smoke, markdown, out: out ?? defaultOut, selected };
}

/** Cleanups of the part running now, so that an interrupted run still drops its databases. */
let pendingCleanups: Array<() => Promise<void> | void> = [];

async function runCleanups(): Promise<void> {
  const cleanups = pendingCleanups.reverse();
  pendingCleanups = [];
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      process.stderr.write(`  cleanup failed: ${(error as Error).message}\n`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: cleaning up…\n`);
    void runCleanups().finally(() => process.exit(130));
  });
}

/** A smoke run fails a part that ran but measured nothing, or measured something that is not a number. */
function smokeProblem(figures: readonly Figure[]): string | undefined {
  if (figures.length === 0) return 'no figure recorded';
  const bad = figures.filter(
    (f) => !Number.isFinite(f.value) || (f.baseline && !Number.isFinite(f.baseline.value)),
  );
  return bad.length > 0 ? `not a number: ${bad.map((f) => f.metric).join(', ')}` : undefined;
}

async function runPart(part: BenchPart, options: Options, serverUrl: string, commit: string) {
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const context: PartContext = {
    smoke: options.smoke,
    serverUrl,
    record: (figure) => figures.push(figure),
    detail: (key, value) => {
      details[key] = value;
    },
    log: (line) => process.stderr.write(`  [${part.name}] ${line}\n`),
    cleanup: (work) => pendingCleanups.push(work),
  };
  const started = Date.now();
  let error: string | undefined;
  process.stderr.write(`== ${part.title}${options.smoke ? ' (smoke)' : ''}\n`);
  try {
    await part.run(context);
    if (options.smoke) error = smokeProblem(figures);
  } catch (caught) {
    error = (caught as Error).stack ?? String(caught);
    process.stderr.write(`  [${part.name}] FAILED: ${error}\n`);
  } finally {
    await runCleanups();
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  process.stderr.write(`   ${part.name}: ${seconds} s\n`);
  const result: PartResult = {
    title: part.title,
    commit,
    date: new Date().toISOString(),
    seconds,
    figures: withVerdicts(figures, options.smoke),
    details,
  };
  if (error) result.error = error;
  return result;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const needing = options.selected.filter((p) => p.needsServer).map((p) => p.name);
  if (needing.length > 0 && !serverUrl) {
    process.stderr.write(
      `Set TEST_DATABASE_URL to a PostgreSQL server for ${needing.join(', ')} ` +
        '(each part creates and drops a database of its own there), e.g.\n' +
        '  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench\n',
    );
    return 2;
  }
  const { commit, dirty } = commitOf();
  const machine = machineOf();
  if (serverUrl) machine.postgres = await serverVersion(serverUrl);
  const date = new Date().toISOString();
  const started = Date.now();
  const results: Results = { commit, dirty, date, machine, smoke: options.smoke, parts: {} };
  for (const part of options.selected)
    results.parts[part.name] = await runPart(part, options, serverUrl, commit);

  process.stdout.write(`\n${formatTable(results.parts)}\n`);
  if (options.markdown) process.stdout.write(`\n${formatMarkdown(results.parts)}\n`);
  writeResults(options.out, results);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  process.stdout.write(
    `\n${options.selected.length} part(s) in ${minutes} min on ${machine.nproc} CPUs (${machine.cpuModel}), ` +
      `${machine.memoryGB} GB, Node ${machine.node}; load average at start ${machine.loadAverageAtStart.join(' ')}.\n` +
      `Commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}. Results: ${options.out}\n`,
  );
  const failed = Object.entries(results.parts).filter(([, p]) => p.error);
  if (failed.length > 0) process.stderr.write(`Failed: ${failed.map(([n]) => n).join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
