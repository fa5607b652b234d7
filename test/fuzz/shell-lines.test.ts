import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commands } from '../../src/core/commands/index.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger, type ShellServices, testShell } from '../support/fakes.ts';
import { runLines } from '../support/shell-lines.ts';
import { commandLines } from './command-lines.ts';
import { hostileText, hostileWord } from './hostile-text.ts';
import { TERMINAL_CONTROL } from './platform-checks.ts';
import { FUZZ_RUNS, RunCounter, saltOf, settings } from './settings.ts';

const shellOnly = fc.oneof(
  hostileWord.map((w) => `as ${w}`),
  hostileWord.map((w) => `demo ${w}`),
  fc.constantFrom('demo', 'demo sortir', 'as', 'as "Samia Benali"'),
  hostileText.map((t) => `# ${t}`),
  hostileText,
);
const anyCommand = fc.constantFrom(...commands).chain((command) => commandLines(command).map((l) => l.text));
const line = fc.oneof({ weight: 3, arbitrary: anyCommand }, { weight: 2, arbitrary: shellOnly });

describeDatabases('fuzzed lines through the shell', (database) => {
  const logger = new RecordingLogger();
  const counter = new RunCounter();
  let shell: ShellServices;
  let startedAt = 0;

  beforeAll(() => {
    shell = testShell(database().db, new FakeClock(), logger);
    startedAt = performance.now();
  });
  afterAll(() => counter.print(`shell lines [${database().kind}]`, startedAt));

  it('prints a control sequence someone typed as U+FFFD, never to the terminal', async () => {
    const printed = await runLines(shell, ['qui "\u001b[2J\u001b]0;titre\u0007"', 'as "Eve\u001b[31m"']);
    expect(printed).toContain('\ufffd[2J\ufffd]0;titre\ufffd');
    expect(printed).not.toMatch(TERMINAL_CONTROL);
  });

  it('reads every hostile line to the end, and prints no control character of it', async () => {
    const property = fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
      const logged = logger.entries.length;
      const printed = await runLines(shell, lines);
      for (const _ of lines) counter.add('shell lines');
      const errors = logger.entries.slice(logged).filter((e) => e.level === 'error');
      expect(errors.map((e) => ({ message: e.message, ...e.context }))).toEqual([]);
      expect(printed).not.toMatch(TERMINAL_CONTROL);
    });
    await fc.assert(property, settings(Math.max(5, Math.ceil(FUZZ_RUNS / 2)), saltOf('shell')));
  }, 180_000);
});
