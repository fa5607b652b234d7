// How the words after `sondage` / `poll` become a draft poll: quoted texts are the
// question then the options; unquoted words are settings (French or English, with or
// without accents). An unquoted word that is no setting is refused rather than guessed,
// so that an option such as "Public" never silently makes a poll public.
import { type Token, tokenText } from '../args/tokenize.ts';
import type { Failure } from '../commands/command.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { pollMessages as m } from './messages.ts';

export interface PollDraft {
  question: string | undefined;
  options: string[];
  public: boolean;
  anonymous: boolean;
  multiple: boolean;
  /** As typed; checked against the number of options later. */
  max?: string;
  duration?: string;
  until?: string;
  goal?: string;
}

type Flag = 'public' | 'anonymous' | 'multiple';
type Setting = 'max' | 'duration' | 'until' | 'goal';

const FLAGS: Readonly<Record<Flag, readonly string[]>> = {
  public: ['public', 'publique', 'nominatif'],
  anonymous: ['anonyme', 'anonymous', 'anon'],
  multiple: ['multiple', 'multiples', 'plusieurs', 'several'],
};

const SETTINGS: Readonly<Record<Setting, readonly string[]>> = {
  max: ['max', 'maximum'],
  duration: ['duree', 'duration', 'pendant'],
  until: ['fin', 'until', "jusqu'a", "jusqu'au", 'deadline', 'echeance', 'cloture'],
  goal: ['but', 'goal', 'objectif'],
};

/** Settings whose value is one word (`max 2`, `but 3`); the others may take several. */
const ONE_WORD: readonly Setting[] = ['max', 'goal'];

const EXAMPLES: Readonly<Record<Setting, string>> = {
  max: 'multiple max 2',
  duration: 'duree 48h',
  until: 'fin "vendredi 18h"',
  goal: 'but 3',
};

const keyword = (token: Token | undefined): string =>
  token?.kind === 'word' ? fold(token.text).replace(/:$/, '') : '';

const find = <K extends string>(table: Readonly<Record<K, readonly string[]>>, word: string) =>
  (Object.keys(table) as K[]).find((key) => table[key].includes(word));

const isKeyword = (token: Token | undefined) => {
  const word = keyword(token);
  return word !== '' && (find(FLAGS, word) !== undefined || find(SETTINGS, word) !== undefined);
};

/** The value after a setting word and the index after it, or undefined when there is none. */
function valueAfter(tokens: readonly Token[], start: number, oneWord: boolean) {
  const first = tokens[start];
  if (!first || isKeyword(first)) return undefined;
  if (first.kind === 'quoted' || oneWord) return { value: tokenText(first), next: start + 1 };
  let end = start;
  while (end < tokens.length && tokens[end]?.kind === 'word' && !isKeyword(tokens[end])) end++;
  const words = tokens.slice(start, end).map(tokenText);
  return { value: words.join(' '), next: end };
}

export function parsePollDraft(tokens: readonly Token[]): Result<PollDraft, Failure> {
  const draft: PollDraft = {
    question: undefined,
    options: [],
    public: false,
    anonymous: false,
    multiple: false,
  };
  const stray: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const word = keyword(token);
    const flag = find(FLAGS, word);
    const setting = find(SETTINGS, word);
    i++;
    if (token.kind === 'quoted') {
      if (draft.question === undefined) draft.question = token.text;
      else draft.options.push(token.text);
    } else if (flag) {
      if (draft[flag]) return err({ key: m['setting-twice'], params: { word: tokenText(token) } });
      draft[flag] = true;
    } else if (setting) {
      if (draft[setting] !== undefined)
        return err({ key: m['setting-twice'], params: { word: tokenText(token) } });
      const found = valueAfter(tokens, i, ONE_WORD.includes(setting));
      if (!found)
        return err({
          key: m['value-missing'],
          params: { word: tokenText(token), example: EXAMPLES[setting] },
        });
      draft[setting] = found.value;
      i = found.next;
    } else {
      stray.push(tokenText(token));
    }
  }
  if (stray.length > 0) return err({ key: m['stray-words'], params: { words: stray.join(' ') } });
  if (draft.public && draft.anonymous) return err({ key: m['anonymous-and-public'] });
  return ok(draft);
}
