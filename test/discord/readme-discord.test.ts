// The README's Discord tables are a contract: every example in them names a registered
// command, an existing subcommand path and options that subcommand has (in French, as the
// examples are written).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandPayload } from '../../adapters/discord/registration.ts';

type Json = Record<string, unknown>;

const SUBCOMMAND = 1;
const GROUP = 2;

/** The examples of the README's Discord tables: a table row's last `/coop…` code span. */
function discordExamples(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('### `/coop` on Discord');
  const end = readme.indexOf('\n## ', start);
  const rows = readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  return rows.flatMap((row) => {
    const spans = [...row.matchAll(/`(\/coop[^`]*)`/g)].map((m) => m[1] ?? '');
    return spans.length > 0 ? [spans[spans.length - 1] ?? ''] : [];
  });
}

/** What is wrong with an example, or undefined when Discord would offer it as written. */
function problemOf(example: string, payload: Json[]): string | undefined {
  const [head = '', ...words] = example.split(/\s+/);
  const command = payload.find((c) => c.name === head.slice(1));
  if (!command) return `no command ${head}`;
  let level = (command.options as Json[] | undefined) ?? [];
  let rest = words;
  for (;;) {
    const [word, ...after] = rest;
    const nested = level.find((o) => o.name === word && (o.type === SUBCOMMAND || o.type === GROUP));
    if (!nested) break;
    level = (nested.options as Json[] | undefined) ?? [];
    rest = after;
  }
  const first = rest[0];
  if (first !== undefined && !first.includes(':')) return `no subcommand ${first}`;
  if (level.some((o) => o.type === SUBCOMMAND || o.type === GROUP)) return 'no subcommand chosen';
  for (const word of rest) {
    const name = /^([a-z0-9_-]+):/.exec(word)?.[1];
    if (name && !level.some((o) => o.name === name)) return `no option ${name}`;
  }
  return undefined;
}

describe('the README’s Discord examples', () => {
  const payload = commandPayload() as unknown as Json[];
  const examples = discordExamples();

  it('are found, for both commands', () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.some((e) => e.startsWith('/coop-config '))).toBe(true);
  });

  it('each name a registered command, subcommand and options', () => {
    const wrong = examples
      .map((example) => [example, problemOf(example, payload)])
      .filter(([, problem]) => problem);
    expect(wrong).toEqual([]);
  });

  it('would catch an example of a subcommand that does not exist', () => {
    expect(problemOf('/coop config voir', payload)).toBe('no subcommand config');
    expect(problemOf('/coop-config nom titre:X', payload)).toBe('no option titre');
    expect(problemOf('/coop-reglages voir', payload)).toBe('no command /coop-reglages');
  });
});
