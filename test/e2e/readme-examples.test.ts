// The README's command syntax is a contract: every example it gives under "Commands" is
// typed in the shell, in the demo network, and none may be answered as an unknown command,
// a command not understood, or an internal error (a name the demo lacks, a number it does
// not have, are fine: the syntax was understood).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { runShell } from '../../adapters/shell/shell.ts';
import { describeDatabases } from '../support/databases.ts';
import { testShell } from '../support/fakes.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The lines of the code blocks between `## Commands` and the next part, minus replies and comments. */
function examples(): string[] {
  const part = README.slice(README.indexOf('\n## Commands'), README.indexOf('\n## Slack'));
  const lines: string[] = [];
  let inBlock = false;
  for (const line of part.split('\n')) {
    if (line.startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock || line.trim() === '' || /^(→|\s|Facilitat)/.test(line)) continue;
    // Erasing the local user would end the session: its own tests cover it.
    if (/^(oubli confirmer|forget confirm)$/.test(line.trim())) continue;
    lines.push(line.replace(/\s{2,}#.*$/, '').trim());
  }
  return lines;
}

const NOT_UNDERSTOOD = [
  /Je ne connais pas la commande/,
  /I don.t know the command/,
  /Je n.ai pas compris cette commande/,
  /I did not understand this command/,
  /quelque chose s.est mal passé/,
  /something went wrong/,
];

describeDatabases('the README’s examples', (database) => {
  it('are all understood by the shell, in the demo network', async () => {
    const lines = examples();
    expect(lines.length).toBeGreaterThan(40);
    const { core, demo } = testShell(database().db);
    const input = new PassThrough();
    const output = new PassThrough();
    const replies: string[] = [];
    output.on('data', (chunk) => replies.push(String(chunk)));
    const done = runShell({ core, demo, input, output, interactive: false, localName: 'Camille' });
    // One line at a time, each reply kept with the line that asked for it.
    const answers: Array<{ line: string; reply: string }> = [];
    for (const line of ['demo', ...lines]) {
      const before = replies.length;
      input.write(`${line}\n`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await waitForOutput(replies, before);
      answers.push({ line, reply: replies.slice(before).join('') });
    }
    input.end();
    await done;
    const refused = answers.filter(({ reply }) => NOT_UNDERSTOOD.some((pattern) => pattern.test(reply)));
    expect(refused.map(({ line, reply }) => `${line}\n  → ${reply.split('\n')[0]}`)).toEqual([]);
  }, 120_000);
});

/** Waits until output arrives after `before` chunks, then a little longer for the rest of it. */
async function waitForOutput(replies: readonly string[], before: number): Promise<void> {
  const started = Date.now();
  while (replies.length === before && Date.now() - started < 10_000)
    await new Promise((resolve) => setTimeout(resolve, 5));
  let seen = -1;
  while (seen !== replies.length) {
    seen = replies.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}
