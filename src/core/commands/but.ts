// Shared goals (buts communs): named by the network, followed with a simple indicator,
// with the exchanges attached to them.
import { createGoal, GOAL_TEXT_MAX, listGoals, setStatus, setText, showGoal } from '../goals/goal-actions.ts';
import { messages } from '../goals/messages.ts';
import { refArg } from '../grammar/shared-args.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import { numberOf, textOf } from '../grammar/values.ts';
import { GOAL_STATUSES } from '../model.ts';
import type { Verb } from './command.ts';
import { defineCommand, unlisted } from './command.ts';
import { goalEdit } from './goal-edit.ts';

type TextField = keyof typeof GOAL_TEXT_MAX;

/** A goal's number: `3`, `#3`, `n°3`; 0 and unknown numbers are answered as naming no goal. */
const ref = refArg({ fr: 'Numéro du but', en: 'Goal number' }, messages['not-understood'], {
  suggest: 'goal',
});

const FIELDS: Readonly<Record<TextField, { names: Names; help: ArgSpec['help'] }>> = {
  title: { names: ['titre', 'title', 'intitule'], help: { fr: 'Titre du but', en: 'Goal title' } },
  description: {
    names: ['description', 'description', 'desc'],
    help: { fr: 'Ce que vise le réseau', en: 'What the network aims for' },
  },
  indicator: {
    names: ['indicateur', 'indicator'],
    help: { fr: 'Comment mesurer l’avancée', en: 'How progress shows' },
  },
};

/** A goal's text, bounded as stored; the guard then reads it (goal-actions.ts). */
const textArg = (field: TextField, read: ArgSpec['read'], required: boolean): ArgSpec => ({
  key: field,
  names: FIELDS[field].names,
  help: FIELDS[field].help,
  type: { kind: 'text', max: GOAL_TEXT_MAX[field] },
  read,
  required,
  messages: {
    missing: messages[`${field}-missing`],
    twice: messages['option-twice'],
    tooLong: messages[`${field}-too-long`],
  },
});

const status: ArgSpec = {
  key: 'status',
  names: ['statut', 'status'],
  help: { fr: 'Statut du but', en: 'Goal status' },
  type: {
    kind: 'choice',
    choices: [
      { value: 'proposed', names: ['proposé', 'proposed', 'proposée'] },
      { value: 'active', names: ['actif', 'active'] },
      { value: 'reached', names: ['atteint', 'reached', 'atteinte'] },
      { value: 'dropped', names: ['abandonné', 'dropped', 'abandonnée', 'abandoned'] },
    ],
  },
  read: { by: 'rest' },
  required: true,
  messages: { missing: messages['status-unknown'], invalid: messages['status-unknown'] },
};

// The value is one of the choices once checked (check-args.ts).
const statusOf = (value: string | undefined) => GOAL_STATUSES.find((s) => s === value) ?? 'proposed';

/** `but 3 indicateur "…"`: the verb after the goal's number, the text after the verb. */
const editText = (field: TextField, help: ArgSpec['help']): Verb => ({
  names: FIELDS[field].names,
  after: 'ref',
  help,
  args: [ref, textArg(field, { by: 'rest' }, true)],
  run: (ctx, values) => setText(ctx, numberOf(values, 'ref') ?? 0, field, textOf(values, field) ?? ''),
});

const verbs: Verb[] = [
  {
    slot: ['liste', 'list'],
    // `but`, `but liste`: the list is what the command shows when given no verb.
    skip: ['liste', 'list', 'lister', 'tous', 'all'],
    help: { fr: 'Les buts du réseau', en: 'The network’s goals' },
    args: [],
    stray: messages['not-understood'],
    run: (ctx) => listGoals(ctx),
  },
  {
    names: [
      'nouveau',
      'new',
      'nouvel',
      'nouvelle',
      'creer',
      'create',
      'ajouter',
      'add',
      'proposer',
      'propose',
    ],
    help: { fr: 'Proposer un but', en: 'Propose a goal' },
    args: [
      textArg('title', { by: 'rest' }, true),
      textArg('description', { by: 'keyword', value: 'span' }, false),
      textArg('indicator', { by: 'keyword', value: 'span' }, false),
    ],
    run: (ctx, values) =>
      createGoal(ctx, {
        title: textOf(values, 'title') ?? '',
        description: textOf(values, 'description'),
        indicator: textOf(values, 'indicator'),
      }),
  },
  {
    names: ['voir', 'show', 'afficher'],
    help: { fr: 'Voir un but', en: 'Show a goal' },
    args: [ref],
    run: (ctx, values) => showGoal(ctx, numberOf(values, 'ref') ?? 0),
  },
  {
    names: ['statut', 'status', 'etat', 'state'],
    after: 'ref',
    help: { fr: 'Changer son statut', en: 'Change its status' },
    args: [ref, status],
    run: (ctx, values) => setStatus(ctx, numberOf(values, 'ref') ?? 0, statusOf(textOf(values, 'status'))),
  },
  editText('indicator', { fr: 'Mettre à jour son indicateur', en: 'Update its indicator' }),
  editText('title', { fr: 'Changer son titre', en: 'Change its title' }),
  editText('description', { fr: 'Changer sa description', en: 'Change its description' }),
  {
    slot: ['voir', 'show'],
    // `but 3`: a number alone shows the goal; words after it that name no change are refused.
    after: 'ref',
    help: { fr: 'Voir un but', en: 'Show a goal' },
    args: [ref],
    stray: messages['field-unknown'],
    run: (ctx, values) => showGoal(ctx, numberOf(values, 'ref') ?? 0),
  },
];

export const but = defineCommand({
  names: ['but', 'goal', 'buts', 'goals', 'objectif'],
  brief: { fr: 'Buts communs du réseau', en: 'Shared goals' },
  help: {
    fr: {
      summary:
        'les buts communs du réseau : les proposer, les suivre avec un indicateur, y rattacher des échanges.',
      examples: [
        'but',
        'but nouveau "Aucun jeune sans solution" indicateur "Jeunes sans solution en septembre : objectif zéro"',
        'but 3',
        'but 3 statut actif',
        'but 3 indicateur "12 jeunes sur 20 ont une solution"',
      ],
    },
    en: {
      summary:
        "the network's shared goals: propose them, follow them with an indicator, attach exchanges to them.",
      examples: [
        'goal',
        'goal new "No young person left without a solution" indicator "Young people with no solution in September: target zero"',
        'goal 3',
        'goal 3 status active',
        'goal 3 indicator "12 out of 20 young people have a solution"',
      ],
    },
  },
  messages,
  // On platforms: `modifier` gathers the changes; `but 3` is `voir` there.
  verbs: [...verbs.map((verb) => (verb.after === 'ref' ? unlisted(verb) : verb)), goalEdit(verbs)],
});
