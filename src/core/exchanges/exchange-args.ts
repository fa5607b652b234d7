// What `echange` / `log` reads, declared once: the kind, members, organisations, themes, goal,
// date and note of an exchange, in any order, and the number of one to undo or leave.
import { refArg } from '../grammar/shared-args.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import type { ExchangeKind } from '../model.ts';
import { exchangeMessages as m } from './messages.ts';

export const MAX_NOTE = 280;
export const MAX_PARTICIPANTS = 20;

const KINDS: ReadonlyArray<{ value: ExchangeKind; names: Names }> = [
  { value: 'meeting', names: ['rencontre', 'meeting', 'reunion', 'rdv', 'rendez-vous'] },
  { value: 'call', names: ['appel', 'call', 'tel', 'telephone'] },
  { value: 'handover', names: ['orientation', 'handover', 'passage', 'relais', 'hand-over', 'referral'] },
  { value: 'joint-action', names: ['action', 'joint', 'action-commune', 'projet', 'joint-action'] },
  { value: 'other', names: ['autre', 'other'] },
];

const participants = { twice: m.tooManyParticipants };

/** What `echange` records: the parts come in any order (README, "echange"). */
export const exchangeArgs: readonly ArgSpec[] = [
  {
    key: 'kind',
    names: ['nature', 'kind', 'type'],
    help: { fr: 'Nature de l’échange', en: 'Kind of exchange' },
    type: { kind: 'choice', choices: KINDS },
    read: { by: 'word' },
  },
  {
    key: 'people',
    names: ['membres', 'members'],
    help: { fr: 'Membre avec qui', en: 'Who you worked with' },
    type: { kind: 'member' },
    read: { by: 'mention' },
    many: MAX_PARTICIPANTS,
    messages: participants,
    typedList: {
      fields: 3,
      names: ['membre', 'member'],
      split: 'commas',
      more: {
        names: ['autres', 'others'],
        help: { fr: 'Autres membres (@ ou noms)', en: 'More members (@ or names)' },
        max: 1000,
      },
    },
  },
  {
    key: 'organisations',
    names: ['structure', 'organisation', 'organization', 'org'],
    help: { fr: 'Structure hors plateforme', en: 'Organisation off the platform' },
    type: { kind: 'text', max: 120 },
    read: { by: 'keyword', value: 'one' },
    many: MAX_PARTICIPANTS,
    messages: participants,
    suggest: 'organisation',
    example: 'structure "Mission locale"',
  },
  {
    key: 'themes',
    names: ['themes', 'themes'],
    help: { fr: 'Thèmes (#logement)', en: 'Themes (#housing)' },
    // Counted and checked by parseThemes, with its own messages.
    type: { kind: 'text', max: 200 },
    read: { by: 'hashtag' },
    many: Number.MAX_SAFE_INTEGER,
    suggest: 'theme',
    typedList: { split: 'commas' },
  },
  {
    key: 'goal',
    names: ['but', 'goal'],
    help: { fr: 'Le but servi', en: 'The goal served' },
    type: { kind: 'text', max: 40 },
    read: { by: 'keyword', value: 'one' },
    suggest: 'goal',
    example: 'but 3',
    shown: { placeholder: { fr: 'N', en: 'N' } },
  },
  {
    key: 'date',
    names: ['date', 'date', 'le', 'on'],
    help: { fr: 'Quand (hier, 12/11)', en: 'When (yesterday, 12/11)' },
    type: { kind: 'text', max: 60 },
    read: { by: 'keyword', value: 'run', alone: 'day' },
    example: 'date hier',
  },
  {
    key: 'note',
    names: ['note', 'note'],
    help: { fr: 'Une note courte', en: 'A short note' },
    type: { kind: 'text', max: MAX_NOTE },
    read: { by: 'keyword', value: 'one', alone: 'quoted' },
    messages: { tooLong: 'error.too-long' },
    example: 'note "préparation du forum"',
  },
];

/** The number of an exchange, after `voir`, `corriger`, `annuler` or `retirer`. */
export const exchangeRef = refArg({ fr: 'Son numéro', en: 'Its number' }, m.refMissing, {
  min: 1,
  max: 1_000_000,
});

/** The number after `voir`, or alone (`echange 12`). */
export const shownExchangeRef: ArgSpec = {
  ...exchangeRef,
  messages: { missing: m.refMissingShow, invalid: m.refMissingShow },
};

/** What `echange corriger 12 …` may change: its own fields, not who took part. */
export const correctionArgs: readonly ArgSpec[] = [
  { ...exchangeRef, messages: { missing: m.refMissingEdit, invalid: m.refMissingEdit } },
  ...exchangeArgs.filter((arg) => ['kind', 'themes', 'goal', 'date', 'note'].includes(arg.key)),
];
