// Command lines for one command of the registry, read from its own help (names, usage and
// examples in both languages), so that a command added later is fuzzed without a line
// here: an example with words replaced by hostile ones, hostile text put inside its
// quotes, words dropped or added, `--ok` appended — or the command's name followed by
// hostile words only.
import fc from 'fast-check';
import { type Token, tokenize } from '../../src/core/args/tokenize.ts';
import type { AnyCommand } from '../../src/core/commands/command.ts';
import { usageLine } from '../../src/core/grammar/write-usage.ts';
import { hostileText, hostileWord } from './hostile-text.ts';

/** A token written back as it can be typed. */
function written(token: Token): string {
  if (token.kind === 'quoted') return `"${token.text}"`;
  if (token.kind === 'mention')
    return token.userId ? `<@${token.userId}|${token.label}>` : `@"${token.label}"`;
  return token.text;
}

/** Lines of the command's help (examples or usage) as words, the command name first. */
export function helpLines(command: AnyCommand, part: 'examples' | 'usage'): string[][] {
  const lines =
    part === 'examples'
      ? [command.help.fr, command.help.en].flatMap((h) => h.examples)
      : (['fr', 'en'] as const).flatMap((locale) =>
          (command.verbs ?? []).map((verb) =>
            usageLine(command.names[locale === 'fr' ? 0 : 1], verb, locale),
          ),
        );
  const out: string[][] = [];
  for (const line of lines) {
    const tokens = tokenize(line);
    if (tokens.ok && tokens.value.length > 0) out.push(tokens.value.map(written));
  }
  return out.length > 0 ? out : [[command.names[0]]];
}

/**
 * An example whose quoted texts are hostile: it stays well formed, so the command may
 * accept it, store the texts and show them. An example without quotes stays as it is.
 */
function withHostileQuotes(words: readonly string[], texts: readonly string[]): string[] {
  let n = 0;
  return words.map((w, i) =>
    i > 0 && w.startsWith('"') ? `"${(texts[n++ % texts.length] ?? '').replace(/["“”]/g, '')}"` : w,
  );
}

type Edit =
  | { kind: 'replace'; at: number; word: string }
  | { kind: 'insert'; at: number; word: string }
  | { kind: 'quote'; at: number; text: string }
  | { kind: 'drop'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), word: hostileWord }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), word: hostileWord }),
  fc.record({ kind: fc.constant('quote' as const), at: fc.nat(), text: hostileText }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
);

/** Applies edits to the words after the command name (the name itself stays). */
function applyEdits(words: readonly string[], edits: readonly Edit[]): string[] {
  const [name = '', ...rest] = words;
  const out = [...rest];
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + (e.kind === 'insert' ? 1 : 0));
    if (e.kind === 'insert') out.splice(at, 0, e.word);
    else if (out.length === 0)
      out.push(e.kind === 'replace' ? e.word : e.kind === 'quote' ? `"${e.text}"` : '');
    else if (e.kind === 'replace') out[at] = e.word;
    else if (e.kind === 'drop') out.splice(at, 1);
    else {
      // Hostile text inside the quotes an example already has keeps the line well formed.
      const quotedAt = out.findIndex((w, i) => i >= at && w.startsWith('"'));
      const target = quotedAt >= 0 ? quotedAt : at;
      out[target] = `"${e.text.replace(/["“”]/g, '')}"`;
    }
  }
  return [name, ...out];
}

export interface CommandLine {
  /** How the line was made. */
  kind: 'quoted' | 'example' | 'usage' | 'words';
  text: string;
}

/** Now and then, the confirmation past the guard's warnings. */
const confirmation = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('--ok') },
);

function mutated(kind: 'example' | 'usage', lines: string[][]): fc.Arbitrary<CommandLine> {
  return fc
    .tuple(fc.constantFrom(...lines), fc.array(edit, { minLength: 1, maxLength: 3 }), confirmation)
    .map(([words, edits, tail]) => ({
      kind,
      text: [...applyEdits(words, edits), ...(tail ? [tail] : [])].join(' '),
    }));
}

/**
 * Lines for `command`: examples with hostile texts in their quotes (which the command
 * may well accept, storing and showing them), examples and usage lines with words
 * replaced, added or dropped, and its names followed by hostile words only.
 */
export function commandLines(command: AnyCommand): fc.Arbitrary<CommandLine> {
  const examples = helpLines(command, 'examples');
  const quoted = fc
    .tuple(fc.constantFrom(...examples), fc.array(hostileText, { minLength: 1, maxLength: 3 }), confirmation)
    .map(([words, texts, tail]) => ({
      kind: 'quoted' as const,
      text: [...withHostileQuotes(words, texts), ...(tail ? [tail] : [])].join(' '),
    }));
  const free = fc
    .tuple(fc.constantFrom(...command.names), fc.array(hostileWord, { maxLength: 5 }))
    .map(([name, words]) => ({ kind: 'words' as const, text: [name, ...words].join(' ') }));
  return fc.oneof(
    { weight: 3, arbitrary: quoted },
    { weight: 3, arbitrary: mutated('example', examples) },
    { weight: 1, arbitrary: mutated('usage', helpLines(command, 'usage')) },
    { weight: 1, arbitrary: free },
  );
}
