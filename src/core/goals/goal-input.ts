// How the words after `but` / `goal` become an action: French and English words both
// work, with or without accents. Option words count only unquoted, so a quoted title
// may contain "description" or "indicateur".
import { z } from 'zod';
import { refOf } from '../args/ref.ts';
import { joinTokens, type Token, tokenText } from '../args/tokenize.ts';
import { GOAL_STATUSES, type GoalStatus } from '../model.ts';
import { fold } from '../text/fold.ts';

const LIST = ['liste', 'list', 'lister', 'tous', 'all'];
const NEW = [
  'nouveau',
  'nouvel',
  'nouvelle',
  'new',
  'creer',
  'create',
  'ajouter',
  'add',
  'proposer',
  'propose',
];
const SHOW = ['voir', 'show', 'afficher'];
const FIELDS = {
  status: ['statut', 'status', 'etat', 'state'],
  indicator: ['indicateur', 'indicator'],
  title: ['titre', 'title', 'intitule'],
  description: ['description', 'desc'],
} as const;
type Field = keyof typeof FIELDS;

const STATUS_WORDS: Readonly<Record<string, GoalStatus>> = {
  propose: 'proposed',
  proposee: 'proposed',
  proposed: 'proposed',
  actif: 'active',
  active: 'active',
  atteint: 'reached',
  atteinte: 'reached',
  reached: 'reached',
  abandonne: 'dropped',
  abandonnee: 'dropped',
  dropped: 'dropped',
  abandoned: 'dropped',
};

/** A keyword as typed, folded; `indicateur:` counts as `indicateur`. */
const keyword = (token: Token | undefined): string =>
  token?.kind === 'word' ? fold(token.text).replace(/:$/, '') : '';

function fieldOf(token: Token | undefined): Field | undefined {
  const word = keyword(token);
  return (Object.keys(FIELDS) as Field[]).find((f) => (FIELDS[f] as readonly string[]).includes(word));
}

/** `"Title" description "…" indicateur "…"`: the title, then options in any order. */
function parseNew(tokens: readonly Token[]): unknown {
  const parts: Partial<Record<Field, Token[]>> = {};
  let current: Token[] = [];
  const title = current;
  let repeated = false;
  for (const token of tokens) {
    const field = fieldOf(token);
    if (field === 'description' || field === 'indicator') {
      if (parts[field]) repeated = true;
      current = [];
      parts[field] = current;
    } else {
      current.push(token);
    }
  }
  const text = (field: Field) => (parts[field] ? joinTokens(parts[field]) : undefined);
  return {
    action: 'create',
    title: joinTokens(title),
    description: text('description'),
    indicator: text('indicator'),
    repeated,
  };
}

function parseEdit(ref: number, rest: readonly Token[]): unknown {
  const [first, ...value] = rest;
  if (!first) return { action: 'show', ref };
  const field = fieldOf(first);
  if (!field) return { action: 'field-unknown' };
  const raw = joinTokens(value);
  if (field === 'status') return { action: 'status', ref, status: STATUS_WORDS[fold(raw)] ?? raw };
  return { action: field, ref, value: raw };
}

export function parseGoalCommand(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'list' };
  const word = keyword(first);
  if (LIST.includes(word) && rest.length === 0) return { action: 'list' };
  if (NEW.includes(word)) return parseNew(rest);
  const shown = SHOW.includes(word) ? refOf(rest[0]) : undefined;
  if (shown !== undefined && rest.length === 1) return { action: 'show', ref: shown };
  const ref = refOf(first);
  if (ref !== undefined) return parseEdit(ref, rest);
  return { action: 'unknown', word: tokenText(first) };
}

// 0 passes: it is answered like any number that names no goal.
const ref = z.number().int().nonnegative();
const text = (missing: string) => z.string().trim().min(1, missing);

export const goalInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list') }),
  z.object({
    action: z.literal('create'),
    title: text('title-missing'),
    description: text('description-missing').optional(),
    indicator: text('indicator-missing').optional(),
    repeated: z.literal(false, { error: 'option-twice' }),
  }),
  z.object({ action: z.literal('show'), ref }),
  z.object({ action: z.literal('status'), ref, status: z.enum(GOAL_STATUSES, { error: 'status-unknown' }) }),
  z.object({ action: z.literal('indicator'), ref, value: text('indicator-missing') }),
  z.object({ action: z.literal('title'), ref, value: text('title-missing') }),
  z.object({ action: z.literal('description'), ref, value: text('description-missing') }),
  z.object({ action: z.literal('field-unknown') }).refine(() => false, 'field-unknown'),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'not-understood'),
]);

export type GoalInput = z.infer<typeof goalInput>;
