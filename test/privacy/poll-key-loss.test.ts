// What happens to an open anonymous poll when its key is lost: the bot itself (the shell,
// on an embedded DATA_DIR) is killed with SIGKILL after three votes, so PGlite starts again
// by crash recovery, which empties UNLOGGED tables. The votes cast stay counted, nobody can
// change or add a vote (nobody could be told apart from a new voter), the message says why,
// and the poll closes with the votes it had. A clean stop keeps the key: votes change after.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBot } from '../db/export-support.ts';
import { migratedDataDir } from '../support/data-dir-template.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = migratedDataDir('maillage-keyloss-');
  dirs.push(dir);
  return dir;
}

const OPEN_POLL = [
  'sondage "On garde le café mensuel ?" "Oui" "Non"',
  'as "Voter One"',
  'vote 1 1',
  'as "Voter Two"',
  'vote 1 2',
  'as "Voter Three"',
  'vote 1 1',
  'as',
];

/** The bot with its input open; resolves once `until` appears on its output. */
function startShell(dir: string, lines: readonly string[], until: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), LOG_LEVEL: 'warn', DATA_DIR: dir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.write(`${lines.join('\n')}\n`);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes(until)) resolve(child);
    });
    child.on('close', () => reject(new Error(`the bot stopped: ${out}`)));
  });
}

describe('an open anonymous poll whose key is lost in a crash', () => {
  it('keeps the votes cast, refuses every change or new vote, and closes with them', async () => {
    const dir = dataDir();
    const bot = await startShell(dir, [...OPEN_POLL, 'sondage liste'], '3 participant');
    const died = new Promise((resolve) => bot.on('close', resolve));
    bot.kill('SIGKILL');
    await died;

    const after = await runBot({ DATA_DIR: dir }, [
      'as "Voter One"',
      'vote 1 2',
      'sondage 1',
      'as "Voter Four"',
      'vote 1 1',
      'as',
      'sondage liste',
      'sondage fermer 1',
    ]);
    expect(after.code, after.stderr).toBe(0);
    const refusals =
      after.stdout.match(/ne prend plus de votes\s?:\s?sa clé d.anonymat a été perdue/gu) ?? [];
    expect(refusals, after.stdout).toHaveLength(2);
    expect(after.stdout).toMatch(/Rien n.a été enregistré/);
    expect(after.stdout).toMatch(/clé d.anonymat perdue lors d.un arrêt brutal/);
    expect(after.stdout).not.toContain('Vote modifié');
    expect(after.stdout).not.toContain('Vote enregistré');
    expect(after.stdout).toContain('3 participants');
    // The results as cast before the crash: Oui 2, Non 1.
    expect(after.stdout).toMatch(/Oui[^\n]*2 vote/);
    expect(after.stdout).toMatch(/Non[^\n]*1 vote/);
  }, 90_000);

  it('keeps the key across a clean stop: a vote changes after a restart', async () => {
    const dir = dataDir();
    const first = await runBot({ DATA_DIR: dir }, OPEN_POLL);
    expect(first.code, first.stderr).toBe(0);
    const second = await runBot({ DATA_DIR: dir }, ['as "Voter One"', 'vote 1 2', 'as', 'sondage fermer 1']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Vote modifié');
    expect(second.stdout).toContain('3 participants');
    expect(second.stdout).toMatch(/Oui[^\n]*1 vote/);
    expect(second.stdout).toMatch(/Non[^\n]*2 vote/);
  }, 90_000);
});
