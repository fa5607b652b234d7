// Processes the suite starts and watches: the bot (its real entry point) and bare baselines.
// Start-to-ready is from just before spawn to the readiness check passing; memory is read
// from /proc (VmRSS) after the process has been idle a while.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { nowMs } from './measure.ts';

export interface Watched {
  child: ChildProcess;
  pid: number;
  /** Standard output and error so far. */
  output(): string;
  exited: Promise<number | null>;
}

export function launch(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Watched {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, pid: child.pid ?? 0, output: () => output, exited };
}

/**
 * Polls `ready` every `everyMs` until it holds (→ ms since `startedAt`); throws if the
 * process exits first or `timeoutMs` passes.
 */
export async function untilReady(
  watched: Watched,
  startedAt: number,
  ready: () => Promise<boolean> | boolean,
  { timeoutMs = 60_000, everyMs = 10 } = {},
): Promise<number> {
  let exitCode: number | null | undefined;
  void watched.exited.then((code) => {
    exitCode = code;
  });
  for (;;) {
    if (await ready()) return nowMs() - startedAt;
    if (exitCode !== undefined) throw new Error(`exited with ${exitCode} before ready:\n${watched.output()}`);
    if (nowMs() - startedAt > timeoutMs)
      throw new Error(`not ready after ${timeoutMs} ms:\n${watched.output()}`);
    await sleep(everyMs);
  }
}

/** Whether GET /healthz answers 200 with every part ready. */
export async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (response.status !== 200) return false;
    const body = (await response.json()) as { parts?: Record<string, boolean> };
    return Object.values(body.parts ?? {}).every(Boolean);
  } catch {
    return false;
  }
}

const kB = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** Resident memory of one process, in MB (VmRSS). */
export function rssMB(pid: number): number {
  return kB(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS') / 1024;
}

/** The process's descendants (children, their children…), from /proc. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Stops the process (SIGTERM, then SIGKILL after `graceMs`) and waits for it. */
export async function stop(watched: Watched, graceMs = 10_000): Promise<number | null> {
  watched.child.kill('SIGTERM');
  const timer = setTimeout(() => watched.child.kill('SIGKILL'), graceMs);
  try {
    return await watched.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
