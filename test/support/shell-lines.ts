// The shell driven through streams, as `printf '…' | npm start` drives it: every line in
// order, and all it printed.
import { PassThrough } from 'node:stream';
import { runShell } from '../../adapters/shell/shell.ts';
import type { ShellServices } from './fakes.ts';

export async function runLines(
  { core, demo }: ShellServices,
  lines: readonly string[],
  localName = 'Camille',
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += String(chunk);
  });
  const done = runShell({ core, demo, input, output, interactive: false, localName });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}
