// Splits what a user typed after `/coop` into words, quoted strings and mentions, whether it
// came from Slack (`<@U123|name>`), Discord (`<@123>`) or a terminal (`@Name`, `@"Jean Dupont"`).
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { storable } from '../text/storable.ts';

export type Token =
  | { kind: 'word'; text: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'mention'; userId?: string; label: string };

export type TokenizeError = { code: 'unclosed-quote'; at: number };

type Step = Result<{ token: Token; end: number }, TokenizeError>;

// Keyboards and autocorrect mix quote styles (a phone may turn the closing `"` into `”`),
// so each opening mark accepts every closing mark seen after it in practice.
// Single quotes are left out on purpose: `'` and `’` are French apostrophes (l'école).
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['"', '"”'],
  ['“', '”“"'],
  ['„', '“”"'],
  ['«', '»'],
]);

// Slack user ids are U…/W…, Discord ids are digits, optionally after `!` (nickname form).
// Discord role mentions `<@&…>` and Slack `<!here>` do not match and stay words.
const PLATFORM_MENTION = /<@!?([A-Za-z0-9]+)(?:\|([^>]*))?>/y;

// `\s` covers the no-break spaces U+00A0 and U+202F that French typography puts around « ».
const SPACE = /\s/;

// People write "avec @Marie, @Paul": the punctuation belongs to the sentence, not to the name.
const TRAILING_PUNCTUATION = /[,;:.!?]+$/;

export function tokenize(typed: string): Result<Token[], TokenizeError> {
  // Typed text is stored from its tokens: none may hold what PostgreSQL refuses (storable.ts).
  const input = storable(typed);
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input.charAt(i))) {
      i++;
      continue;
    }
    const step = readToken(input, i);
    if (!step.ok) return step;
    tokens.push(step.value.token);
    i = step.value.end;
  }
  return ok(tokens);
}

/** The text a token stands for: quoted text without its quotes, a mention as `@label`. */
export function tokenText(token: Token): string {
  return token.kind === 'mention' ? `@${token.label}` : token.text;
}

/** Recovers free text (a note, a title) from the tokens that make it up. */
export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join(' ');
}

function readToken(input: string, start: number): Step {
  const mention = readPlatformMention(input, start);
  if (mention) return ok(mention);
  const ch = input.charAt(start);
  if (CLOSERS.has(ch)) return readQuoted(input, start);
  if (ch === '@') {
    const shell = readShellMention(input, start);
    if (shell) return shell;
  }
  const end = wordEnd(input, start);
  return ok({ token: { kind: 'word', text: input.slice(start, end) }, end });
}

function readPlatformMention(input: string, start: number): { token: Token; end: number } | undefined {
  PLATFORM_MENTION.lastIndex = start;
  const match = PLATFORM_MENTION.exec(input);
  if (!match) return undefined;
  const userId = match[1] ?? '';
  const label = match[2]?.trim() || userId;
  return { token: { kind: 'mention', userId, label }, end: PLATFORM_MENTION.lastIndex };
}

function readQuoted(input: string, start: number): Step {
  const closers = CLOSERS.get(input.charAt(start)) ?? '';
  for (let i = start + 1; i < input.length; i++) {
    if (closers.includes(input.charAt(i))) {
      return ok({ token: { kind: 'quoted', text: input.slice(start + 1, i).trim() }, end: i + 1 });
    }
  }
  return err({ code: 'unclosed-quote', at: start });
}

// Returns undefined when the `@` does not introduce a name (a lone `@`, `@,`), so it stays a word.
function readShellMention(input: string, start: number): Step | undefined {
  const next = start + 1;
  if (CLOSERS.has(input.charAt(next))) {
    const quoted = readQuoted(input, next);
    if (!quoted.ok) return quoted;
    const label = tokenText(quoted.value.token);
    return label ? ok({ token: { kind: 'mention', label }, end: quoted.value.end }) : undefined;
  }
  const end = wordEnd(input, next);
  const label = input.slice(next, end).replace(TRAILING_PUNCTUATION, '');
  return label ? ok({ token: { kind: 'mention', label }, end }) : undefined;
}

// A word stops at a space, at an opening quote (`note:"suivi"` is `note:` then a quoted
// string) and at a platform mention glued to it (`cc:<@U123>`). An `@` inside a word is
// kept, so `a@b.fr` stays one word.
function wordEnd(input: string, start: number): number {
  let i = start;
  while (i < input.length) {
    const ch = input.charAt(i);
    if (SPACE.test(ch)) break;
    if (i > start && (CLOSERS.has(ch) || (ch === '<' && readPlatformMention(input, i)))) break;
    i++;
  }
  return i;
}
