// The processes the footprint part starts and measures: the bot (as `npm start` runs it, or
// under tsx as it ran before the build, or through npm itself), ready when /healthz says every
// platform is; its build; and bare `node -e` baselines started from the repository (so they
// load the same postgres and PGlite packages), ready when they say so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  descendants,
  freePort,
  healthy,
  launch,
  rssMB,
  stop,
  untilReady,
} from '../framework/child-process.ts';
import { nowMs, quantile } from '../framework/measure.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Measured {
  readyMs: number;
  rssMB: number;
  /** With the descendants' memory, if the process started any. */
  treeRssMB: number;
  /** What the bot logs as readyMs (performance.now() at its ready line: from the process's start). */
  inProcessReadyMs?: number;
}

/** How `npm start` ran before it built a bundle: tsx compiling the sources at each start. */
export const TSX_ENTRY = ['--import', 'tsx', 'src/main.ts'];

/** Memory after `idleMs` of rest: the process's own, and with its descendants. */
async function atRest(pid: number, idleMs: number): Promise<{ rssMB: number; treeRssMB: number }> {
  await sleep(idleMs);
  const own = rssMB(pid);
  const children = descendants(pid).reduce((sum, child) => {
    try {
      return sum + rssMB(child);
    } catch {
      return sum;
    }
  }, 0);
  return { rssMB: own, treeRssMB: own + children };
}

/** Starts the bot with `args` (after node), measures it, stops it with SIGTERM. */
export async function startBot(
  args: string[],
  env: Record<string, string>,
  idleMs: number,
): Promise<Measured> {
  const port = await freePort();
  const startedAt = nowMs();
  const bot = launch(process.execPath, args, { cwd: ROOT, env: { ...env, PORT: String(port) } });
  let measured: Measured;
  try {
    const readyMs = await untilReady(bot, startedAt, () => healthy(port));
    const memory = await atRest(bot.pid, idleMs);
    const line = bot
      .output()
      .split('\n')
      .find((l) => l.includes('"msg":"ready"'));
    const inProcessReadyMs = line ? Number(JSON.parse(line).readyMs) : undefined;
    measured = { readyMs, ...memory, ...(inProcessReadyMs === undefined ? {} : { inProcessReadyMs }) };
  } catch (error) {
    await stop(bot);
    throw error;
  }
  const code = await stop(bot);
  if (code !== 143) throw new Error(`the bot exited with ${code} on SIGTERM:\n${bot.output()}`);
  return measured;
}

/**
 * `npm start` itself (npm, the build, then the bundle), from spawning npm until /healthz says
 * ready; stopped with SIGTERM sent to npm, which must reach the bot (exit 143).
 */
export async function startThroughNpm(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const startedAt = nowMs();
  const npm = launch('npm', ['start', '--silent'], { cwd: ROOT, env: { ...env, PORT: String(port) } });
  let readyMs: number;
  try {
    readyMs = await untilReady(npm, startedAt, () => healthy(port));
  } catch (error) {
    await stop(npm);
    throw error;
  }
  const code = await stop(npm);
  if (code !== 143) throw new Error(`npm start exited with ${code} on SIGTERM:\n${npm.output()}`);
  return readyMs;
}

/** The build `npm start` runs before each start: package.json's `build` script (`node …`). */
function buildCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const { scripts } = pkg;
  const [node, ...args] = (scripts.build ?? '').split(' ');
  if (node !== 'node' || !scripts.start?.startsWith(`${scripts.build} && `))
    throw new Error('package.json: expected `start` to run `build` (a node command) first');
  return args;
}

/** Wall time of that build, from spawning node until it exits. */
export async function timeBuild(env: Record<string, string>): Promise<number> {
  const args = buildCommand();
  const startedAt = nowMs();
  const build = launch(process.execPath, args, { cwd: ROOT, env });
  const code = await build.exited;
  if (code !== 0) throw new Error(`the build failed (${code}):\n${build.output()}`);
  return nowMs() - startedAt;
}

const IDLE = `process.stdout.write('ready\\n'); setInterval(() => {}, 1 << 30);`;

/** Node alone. */
export const BARE_NODE = IDLE;

/** A postgres.js pool that has run one query (BENCH_URL). */
export const BARE_POSTGRES = `
import postgres from 'postgres';
const sql = postgres(process.env.BENCH_URL, { max: 10, onnotice: () => {} });
await sql\`select 1\`;
${IDLE}`;

/** PGlite opened (created when empty) in BENCH_DIR, after one query. */
export const BARE_PGLITE = `
import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create({ dataDir: process.env.BENCH_DIR });
await db.query('select 1');
${IDLE}`;

export async function startBare(
  script: string,
  env: Record<string, string>,
  idleMs: number,
): Promise<Measured> {
  const startedAt = nowMs();
  const bare = launch(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env });
  try {
    const readyMs = await untilReady(bare, startedAt, () => bare.output().includes('ready\n'));
    return { readyMs, ...(await atRest(bare.pid, idleMs)) };
  } finally {
    bare.child.kill('SIGTERM');
    await bare.exited;
  }
}

export async function repeat(times: number, start: () => Promise<Measured>): Promise<Measured[]> {
  const runs: Measured[] = [];
  for (let i = 0; i < times; i += 1) runs.push(await start());
  return runs;
}

export const median = (runs: readonly Measured[], key: 'readyMs' | 'rssMB') =>
  quantile(
    runs.map((r) => r[key]),
    0.5,
  );
