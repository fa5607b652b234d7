// The data directory's lock, raced by twenty real processes started in the same instant:
// on a fresh directory, on a lock left by a dead process, and on a dead process's lock whose
// takeover was itself interrupted. Exactly one gets the directory each time.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../db/data-dir.ts';

const CONTENDERS = 20;
const ROUNDS = 12;

interface Answer {
  pid: number;
  won?: boolean;
  lockedBy?: number | null;
  error?: string;
}

class Contender {
  private readonly answers: Answer[] = [];
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | undefined;
  private exited: Error | undefined;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const answer = JSON.parse(line) as Answer;
      const waiting = this.waiting;
      this.waiting = undefined;
      if (waiting) waiting.resolve(answer);
      else this.answers.push(answer);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('exit', (code) => {
      this.exited = new Error(`a contender exited with ${code}`);
      this.waiting?.reject(this.exited);
    });
  }

  next(): Promise<Answer> {
    const ready = this.answers.shift();
    if (ready) return Promise.resolve(ready);
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  order(order: unknown): Promise<Answer> {
    this.child.stdin.write(`${JSON.stringify(order)}\n`);
    return this.next();
  }
}

const work = mkdtempSync(join(tmpdir(), 'maillage-lock-race-'));
let contenders: Contender[] = [];
let dead = 0;

beforeAll(async () => {
  // Plain JavaScript, so twenty processes start in well under a second on two cores.
  const script = join(work, 'lock-contender.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'lock-contender.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
  });
  contenders = Array.from(
    { length: CONTENDERS },
    () => new Contender(spawn(process.execPath, [script], { stdio: 'pipe' })),
  );
  await Promise.all(contenders.map((c) => c.next()));
  dead = deadPid();
});

afterAll(() => {
  for (const c of contenders) c.child.kill();
  rmSync(work, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('no pid');
  return pid;
}

/** All contenders go for `dir` at once; answers exactly one winner and the losers' answers. */
async function race(dir: string): Promise<{ winner: Answer; losers: Answer[] }> {
  const at = Date.now() + 60;
  const answers = await Promise.all(contenders.map((c) => c.order({ try: dir, at })));
  const winners = answers.filter((a) => a.won);
  expect(
    winners.map((w) => w.pid),
    `winners in ${dir}`,
  ).toHaveLength(1);
  return { winner: winners[0] as Answer, losers: answers.filter((a) => !a.won) };
}

async function raceAndCheck(dir: string): Promise<void> {
  const { winner, losers } = await race(dir);
  for (const loser of losers) {
    expect(loser.lockedBy).toBe(winner.pid);
    expect(loser.error).toContain(`The data directory ${dir} is already in use by another Maillage process`);
  }
  expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(String(winner.pid));
  // No candidate or takeover file is left behind.
  expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  await Promise.all(contenders.map((c) => c.order({ release: true })));
  expect(readdirSync(dir)).toEqual([]);
}

function newDir(): string {
  return mkdtempSync(join(work, 'data-'));
}

describe(`the data directory lock, raced by ${CONTENDERS} processes at once`, () => {
  it(`gives a fresh directory to exactly one of them (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) await raceAndCheck(newDir());
  });

  it(`gives a dead process's lock to exactly one of them (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = newDir();
      writeFileSync(join(dir, LOCK_FILE), String(dead));
      await raceAndCheck(dir);
    }
  });

  it('takes over a dead lock whose takeover was interrupted (its takeover lock left behind)', async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const dir = newDir();
      writeFileSync(join(dir, LOCK_FILE), String(dead));
      const ino = statSync(join(dir, LOCK_FILE)).ino;
      // An older Maillage killed after creating its lock and before writing its pid left it empty.
      writeFileSync(join(dir, `${LOCK_FILE}.takeover-${ino}`), round % 2 ? '' : String(dead));
      await raceAndCheck(dir);
    }
  });
});
