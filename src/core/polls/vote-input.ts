// What a voter's choices name: the choice values `vote` reads (`2`, `"Logement"`, `1,3`,
// `+2` / `-2`) made into option numbers and labels, and the option each one names.
import type { PollOption } from '../model.ts';
import { closest, fold } from '../text/fold.ts';

/** An option as the voter named it: by its number, or by (part of) its label. */
export type ChoiceWord =
  | { kind: 'position'; position: number; text: string }
  | { kind: 'label'; text: string };

/** What the voter asks: a whole set of choices, or one option added or removed. */
export type VoteChoices =
  | { action: 'choose'; choices: ChoiceWord[] }
  | { action: 'add' | 'remove'; position: number }
  | { action: 'add-remove-mixed' };

/** A quoted choice as the grammar hands it over (`rest` keeping quotes): a label whole. */
const QUOTED = /^(?:"(.*)"|«(.*)»)$/s;

/** Numbers and labels in order; `1,3` and `Logement, Emploi` are split at the commas. */
function readChoices(values: readonly string[]): ChoiceWord[] {
  const choices: ChoiceWord[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) choices.push({ kind: 'label', text: words.join(' ') });
    words = [];
  };
  for (const value of values) {
    const quoted = QUOTED.exec(value);
    if (quoted) {
      flush();
      choices.push({ kind: 'label', text: quoted[1] ?? quoted[2] ?? '' });
      continue;
    }
    for (const piece of value.split(/([,;])/)) {
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

/** `+2` / `-2` alone add or remove one option; otherwise the values are the whole set. */
export function voteChoices(values: readonly string[]): VoteChoices {
  const signed = values.map((v) => /^([+-])(\d{1,3})$/.exec(v.trim()));
  const [step] = signed;
  if (step && values.length === 1)
    return { action: step[1] === '+' ? 'add' : 'remove', position: Number(step[2]) };
  if (signed.some((s) => s !== null)) return { action: 'add-remove-mixed' };
  return { action: 'choose', choices: readChoices(values) };
}

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
