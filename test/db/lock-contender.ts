// A process that competes for data directories when told to (test/db/data-dir-lock-race.test.ts
// runs twenty at once, bundled to plain JavaScript so that each starts in a few milliseconds).
// Each line on standard input is an order; each answer is one line of JSON on standard output.
import { createInterface } from 'node:readline';
import { DataDirLockedError, lockDataDir } from '../../db/data-dir.ts';

type Order = { try: string; at: number } | { release: true };

let release: (() => void) | undefined;
const answer = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

function compete(dir: string, at: number): void {
  // Spin rather than sleep: all contenders reach lockDataDir in the same instant.
  while (performance.timeOrigin + performance.now() < at) {}
  try {
    release = lockDataDir(dir);
    answer({ pid: process.pid, won: true });
  } catch (error) {
    const lockedBy = error instanceof DataDirLockedError ? error.pid : null;
    answer({ pid: process.pid, won: false, lockedBy, error: (error as Error).message });
  }
}

answer({ pid: process.pid, ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const order = JSON.parse(line) as Order;
  if ('release' in order) {
    release?.();
    release = undefined;
    answer({ pid: process.pid, released: true });
  } else compete(order.try, order.at);
}
