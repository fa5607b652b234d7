// The shell at a real terminal (a pseudo-terminal made by util-linux's `script`): the first
// start's question, the demo and `quitter` show the conversation only — no JSON log line
// and no scheduler message in between (logs go to standard error, at warn by default there).
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/data-dir-template.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasScript)('the shell at a terminal', () => {
  // A migrated database with no network yet: the first start's question is still asked.
  const dir = migratedDataDir('maillage-tty-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the conversation only: no log line after the first question, the demo or quitter', async () => {
    const child = spawn('script', ['-qfec', `${process.execPath} --import tsx src/main.ts`, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATA_DIR: dir, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`never saw ${text}: ${screen}`)), 30_000);
        const look = () => {
          if (!screen.includes(text)) return;
          clearTimeout(timer);
          resolve();
        };
        child.stdout.on('data', look);
        look();
      });
    child.stdout.on('data', (chunk) => {
      screen += String(chunk);
    });
    await seen('(o/N)');
    child.stdin.write('oui\n');
    await seen('Réseau de démonstration prêt');
    child.stdin.write('qui logement\n');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.stdin.write('quitter\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(screen).toContain('Réseau de démonstration prêt');
    expect(screen).not.toContain('{"level"');
    expect(screen).not.toContain('NODE-CRON');
  }, 60_000);
});
