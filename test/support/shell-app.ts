// The app started with the shell as `npm start` starts it when no platform is configured
// (startApp with a terminal of PassThrough streams and a DATA_DIR of its own), and a way to
// type a line and wait for its answer: for tests that follow what the shell prints (a link)
// to another part of the app (the web view).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import type { Database } from '../../db/client.ts';
import { parseConfig } from '../../src/config.ts';
import { type RunningApp, startApp } from '../../src/main.ts';
import { type FakeClock, RecordingLogger } from './fakes.ts';

export interface ShellApp {
  app: RunningApp;
  /** Types a line and returns what the shell answered (no-break spaces as spaces) once it matches `answer`. */
  type(line: string, answer: RegExp): Promise<string>;
  /** Ends the shell's input, stops the app and removes its DATA_DIR. */
  close(): Promise<void>;
}

export async function startShellApp(
  db: Database,
  options: { clock: FakeClock; processId: string; logger?: RecordingLogger },
): Promise<ShellApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-shell-app-'));
  const parsed = parseConfig({ DATA_DIR: dataDir, PORT: '0' });
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += String(chunk).replace(/[\u00a0\u202f]/g, ' ');
  });
  const app = await startApp({
    config: parsed.value,
    db,
    secret: 'a-test-secret-that-is-at-least-32-characters-long',
    logger: options.logger ?? new RecordingLogger(),
    processId: options.processId,
    clock: options.clock,
    ticker: false,
    terminal: { input, output, interactive: false },
  });
  return {
    app,
    async type(line, answer) {
      const from = printed.length;
      input.write(`${line}\n`);
      for (let i = 0; i < 400 && !answer.test(printed.slice(from)); i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
      const said = printed.slice(from);
      expect(said, line).toMatch(answer);
      return said;
    },
    async close() {
      input.end();
      await app.finished;
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
