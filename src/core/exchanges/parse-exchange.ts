// Reads the words of `echange …` into a draft: kind, people, organisations, themes,
// goal, date and note, in any order. Words it cannot place are kept to be reported.
import { type Token, tokenText } from '../args/tokenize.ts';
import type { ExchangeKind } from '../model.ts';
import { fold } from '../text/fold.ts';

const KIND_WORDS: Record<string, ExchangeKind> = {
  rencontre: 'meeting',
  reunion: 'meeting',
  rdv: 'meeting',
  'rendez-vous': 'meeting',
  meeting: 'meeting',
  appel: 'call',
  tel: 'call',
  telephone: 'call',
  call: 'call',
  orientation: 'handover',
  passage: 'handover',
  relais: 'handover',
  handover: 'handover',
  'hand-over': 'handover',
  referral: 'handover',
  action: 'joint-action',
  'action-commune': 'joint-action',
  projet: 'joint-action',
  joint: 'joint-action',
  'joint-action': 'joint-action',
  autre: 'other',
  other: 'other',
};
const ORGANISATION_WORDS = ['structure', 'organisation', 'organization', 'org'];
const GOAL_WORDS = ['but', 'goal'];
const DATE_WORDS = ['date', 'le', 'on'];
const NOTE_WORDS = ['note', 'note:'];
const BARE_DATES =
  /^(hier|avant-hier|aujourd'hui|aujourdhui|yesterday|today|\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|\d{4}-\d{2}-\d{2})$/;

export interface ExchangeDraft {
  kind: ExchangeKind | undefined;
  people: Token[];
  organisations: string[];
  themes: string[];
  goalRef: string | undefined;
  date: string | undefined;
  note: string | undefined;
  unknown: string[];
}

/** A word that is not a keyword, a theme, a mention or quoted text. */
const isPlainWord = (token: Token | undefined) => {
  if (token?.kind !== 'word') return false;
  const w = fold(token.text);
  return (
    ![...ORGANISATION_WORDS, ...GOAL_WORDS, ...DATE_WORDS, ...NOTE_WORDS].includes(w) && !w.startsWith('#')
  );
};

/** `isDate` tells whether words read as a date (the caller knows the clock and time zone). */
export function parseExchange(tokens: readonly Token[], isDate: (text: string) => boolean): ExchangeDraft {
  const draft: ExchangeDraft = {
    kind: undefined,
    people: [],
    organisations: [],
    themes: [],
    goalRef: undefined,
    date: undefined,
    note: undefined,
    unknown: [],
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.kind === 'mention') {
      draft.people.push(token);
      continue;
    }
    const word = fold(token.text);
    if (token.kind === 'quoted') {
      if (draft.note === undefined) draft.note = token.text;
      else draft.unknown.push(token.text);
    } else if (word.startsWith('#') && word.length > 1) {
      draft.themes.push(token.text.slice(1));
    } else if (ORGANISATION_WORDS.includes(word) && next) {
      draft.organisations.push(tokenText(next));
      i++;
    } else if (GOAL_WORDS.includes(word) && next) {
      draft.goalRef = tokenText(next);
      i++;
    } else if (NOTE_WORDS.includes(word) && next) {
      draft.note = tokenText(next);
      i++;
    } else if (DATE_WORDS.includes(word) && next?.kind === 'quoted') {
      // A date between quotes, as polls take it: `date "12 mars"`.
      draft.date = next.text;
      i++;
    } else if (DATE_WORDS.includes(word) && next) {
      // A date may take several words ("lundi dernier", "12 mars"): the longest run that reads as one.
      const run: string[] = [];
      for (let j = i + 1; j < tokens.length && run.length < 4 && isPlainWord(tokens[j]); j++) {
        run.push(tokenText(tokens[j] as Token));
      }
      let taken = run.length;
      while (taken > 1 && !isDate(run.slice(0, taken).join(' '))) taken--;
      draft.date = run.slice(0, Math.max(taken, 1)).join(' ');
      i += Math.max(taken, 1);
    } else if (KIND_WORDS[word] && draft.kind === undefined) {
      draft.kind = KIND_WORDS[word];
    } else if (BARE_DATES.test(word) && draft.date === undefined) {
      draft.date = token.text;
    } else {
      draft.unknown.push(token.text);
    }
  }
  return draft;
}
