// `npm start` as a newcomer runs it: the real entry point in a child process, on an
// empty data directory, with piped input.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [TSX, 'src/main.ts'], {
    cwd: ROOT,
    // A clean environment: only what the bot needs, so no developer setting leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess) {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (c) => {
    out.stdout += String(c);
  });
  child.stderr?.on('data', (c) => {
    out.stderr += String(c);
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { out, exit };
}

const untilReady = (out: { stderr: string }) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (out.stderr.includes('"msg":"ready"')) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > 40_000) {
        clearInterval(timer);
        reject(new Error(`not ready: ${out.stderr}`));
      }
    }, 50);
  });

describe('npm start', () => {
  it('prints the French help for piped `aide` on an empty data directory and exits 0', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'maillage-start-')), 'data');
    const child = start({ DATA_DIR: dataDir });
    const { out, exit } = collect(child);
    child.stdin?.end('aide\n');
    expect(await exit).toBe(0);
    expect(out.stdout).toMatch(/^Maillage — les commandes\n/);
    expect(out.stdout).toContain('config');
    // Logs are JSON lines on standard error, never on standard output.
    const logs = out.stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(logs.map((l) => JSON.parse(l).msg)).toContain('ready');
  }, 60_000);

  it('refuses a second process on the same data directory while the first runs', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'maillage-lock-')), 'data');
    const first = start({ DATA_DIR: dataDir });
    const firstRun = collect(first);
    await untilReady(firstRun.out);

    const second = start({ DATA_DIR: dataDir });
    const secondRun = collect(second);
    second.stdin?.end('aide\n');
    expect(await secondRun.exit).toBe(1);
    expect(secondRun.out.stderr).toContain(
      `The data directory ${dataDir} is already in use by another Maillage process`,
    );
    expect(secondRun.out.stdout).toBe('');

    first.stdin?.end('config\n');
    expect(await firstRun.exit).toBe(0);
    expect(firstRun.out.stdout).toContain('Réglages du réseau');
  }, 90_000);

  it('stops with one line per configuration problem and a non-zero exit', async () => {
    const child = start({ PORT: 'abc', MAILLAGE_LOCALE: 'de' });
    const { out, exit } = collect(child);
    child.stdin?.end();
    expect(await exit).toBe(2);
    expect(out.stderr).toContain('Maillage: invalid configuration:');
    expect(out.stderr).toContain('  - PORT must be a port number');
    expect(out.stderr).toContain('  - MAILLAGE_LOCALE must be fr or en');
    expect(out.stderr).not.toMatch(/ZodError|at .*\.ts/);
  }, 30_000);
});
