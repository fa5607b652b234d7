// How the words after `vote` become a vote: `vote 3 2`, `vote 3 "Logement"`,
// `vote 3 1 3` (the whole set of a multiple-choice poll), `vote 3 +2` / `vote 3 -2` (add
// or remove one option: what a multiple-choice button does), `vote 3 retirer`.
import { z } from 'zod';
import { refOf } from '../args/ref.ts';
import { type Token, tokenText } from '../args/tokenize.ts';
import type { PollOption } from '../model.ts';
import { closest, fold } from '../text/fold.ts';

const WITHDRAW = ['retirer', 'withdraw', 'annuler', 'supprimer', 'remove', 'aucun', 'none', 'retrait'];

/** An option as the voter named it: by its number, or by (part of) its label. */
export type ChoiceWord =
  | { kind: 'position'; position: number; text: string }
  | { kind: 'label'; text: string };

/** Numbers and labels in order; `1,3` and `Logement, Emploi` are split at the commas. */
function readChoices(tokens: readonly Token[]): ChoiceWord[] {
  const choices: ChoiceWord[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) choices.push({ kind: 'label', text: words.join(' ') });
    words = [];
  };
  for (const token of tokens) {
    if (token.kind !== 'word') {
      flush();
      choices.push({ kind: 'label', text: tokenText(token) });
      continue;
    }
    for (const piece of token.text.split(/([,;])/)) {
      if (piece === ',' || piece === ';') flush();
      else if (/^\d{1,3}$/.test(piece)) {
        flush();
        choices.push({ kind: 'position', position: Number(piece), text: piece });
      } else if (piece !== '') words.push(piece);
    }
  }
  flush();
  return choices;
}

export function parseVoteCommand(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  const ref = refOf(first);
  if (ref === undefined) return { action: 'invalid' };
  const word = rest[0]?.kind === 'word' ? fold(rest[0].text) : '';
  if (rest.length === 1 && WITHDRAW.includes(word)) return { action: 'withdraw', ref };
  const signed = rest.map((t) => (t.kind === 'word' ? /^([+-])(\d{1,3})$/.exec(t.text.trim()) : null));
  const step = signed[0];
  if (step && rest.length === 1)
    return { action: step[1] === '+' ? 'add' : 'remove', ref, position: Number(step[2]) };
  if (signed.some((s) => s !== null)) return { action: 'add-remove-mixed' };
  return { action: 'choose', ref, choices: readChoices(rest) };
}

const ref = z.number().int().nonnegative();
const choice = z.custom<ChoiceWord>((v) => typeof v === 'object' && v !== null);

export const voteInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('choose'), ref, choices: z.array(choice) }),
  z.object({ action: z.enum(['add', 'remove']), ref, position: z.number().int() }),
  z.object({ action: z.literal('withdraw'), ref }),
  z.object({ action: z.literal('invalid') }).refine(() => false, 'vote-ref-missing'),
  z.object({ action: z.literal('add-remove-mixed') }).refine(() => false, 'vote-add-remove'),
]);

export type VoteInput = z.infer<typeof voteInput>;

/** What a word names among a poll's options: one, several (ambiguous), or none. */
export type OptionMatch = { option: PollOption } | { candidates: PollOption[] };

/**
 * The option a word names: its number; else its label, whatever the accents and capitals,
 * or the start of it, or a close spelling — when only one option fits. When several fit
 * (`mardi` for « Mardi matin » and « Mardi soir »), they come back as candidates, so that the
 * voter is told the word is ambiguous rather than unknown.
 */
export function matchOptions(options: readonly PollOption[], choice: ChoiceWord): OptionMatch {
  if (choice.kind === 'position') {
    const byPosition = options.find((o) => o.position === choice.position);
    if (byPosition) return { option: byPosition };
  }
  const key = fold(choice.text);
  if (key === '') return { candidates: [] };
  const exact = options.filter((o) => fold(o.label) === key);
  const [only] = exact;
  if (only && exact.length === 1) return { option: only };
  if (exact.length > 1) return { candidates: exact };
  const starting = options.filter((o) => fold(o.label).startsWith(key));
  if (starting.length === 1 && starting[0]) return { option: starting[0] };
  if (starting.length > 1) return { candidates: starting };
  // A close spelling only for a word long enough to be one (`7` is no typo of `A`).
  if (key.length < 4 || choice.kind === 'position') return { candidates: [] };
  const near = closest(
    choice.text,
    options.map((o) => o.label),
    options.length,
  );
  const candidates = options.filter((o) => near.includes(o.label));
  return candidates.length === 1 && candidates[0] ? { option: candidates[0] } : { candidates };
}

/** The one option a word names, if only one fits. */
export function matchOption(options: readonly PollOption[], choice: ChoiceWord): PollOption | undefined {
  const match = matchOptions(options, choice);
  return 'option' in match ? match.option : undefined;
}
