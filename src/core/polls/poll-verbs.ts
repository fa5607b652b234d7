// The grammar of `sondage` / `poll`: list, show, close, export, post one, or create one —
// the question and options quoted, then settings in any order. An unquoted word that is no
// setting is refused rather than guessed, so that an option such as "Public" never
// silently makes a poll public.
import type { Verb } from '../commands/command.ts';
import { refArg } from '../grammar/shared-args.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import { flagOf, numberOf, textOf, textsOf } from '../grammar/values.ts';
import { err } from '../result.ts';
import { closedPollMessages as cm } from './closed-messages.ts';
import { listClosedPolls } from './closed-polls.ts';
import { createPoll, MAX_QUESTION } from './create-poll.ts';
import { pollMessages as m } from './messages.ts';
import { closePollEarly, exportPoll, listPolls, publishPoll, showPoll } from './poll-actions.ts';

const _REF_MAX = Number.MAX_SAFE_INTEGER;
/** Beyond any list: a bound for the number typed, and for Discord’s option. */
const PAGE_MAX = 999_999;

/** The number of a poll; 0 passes, answered like any number that names no poll. */
const ref = refArg({ fr: 'Numéro du sondage', en: 'Poll number' }, m['ref-missing'], {
  suggest: 'open-poll',
});

const setting = (
  key: string,
  names: Names,
  help: ArgSpec['help'],
  example: string,
  value: 'one' | 'run',
  placeholder: ArgSpec['help'],
): ArgSpec => ({
  key,
  names,
  help,
  type: { kind: 'text', max: 60 },
  read: { by: 'keyword', value },
  example,
  shown: { placeholder },
  messages: { twice: m['setting-twice'], missing: m['value-missing'] },
});

const flag = (key: string, names: Names, help: ArgSpec['help']): ArgSpec => ({
  key,
  names,
  help,
  type: { kind: 'flag' },
  read: { by: 'word' },
  messages: { twice: m['setting-twice'] },
});

const create: Verb = {
  slot: ['creer', 'create'],
  help: { fr: 'Lancer un sondage (sans texte : formulaire)', en: 'Start a poll (no text: a form)' },
  stray: m['stray-words'],
  args: [
    {
      key: 'question',
      names: ['question', 'question'],
      help: { fr: 'La question', en: 'The question' },
      type: { kind: 'text', max: MAX_QUESTION },
      read: { by: 'position', only: 'quoted' },
      messages: { missing: m['question-missing'], tooLong: m['question-too-long'] },
      shown: { needed: true },
    },
    {
      key: 'options',
      names: ['options', 'options'],
      help: { fr: 'Options séparées par ;', en: 'Options separated by ;' },
      // Counted and checked one by one by the handler (too few, too many, too long, twice),
      // with its own messages; here only an empty one is refused.
      type: { kind: 'text', max: 4000 },
      read: { by: 'position', only: 'quoted' },
      many: Number.MAX_SAFE_INTEGER,
      messages: { missing: m['option-empty'] },
      shown: { needed: true, placeholder: { fr: '"OPTION"', en: '"OPTION"' } },
      typedList: { split: 'semicolons' },
    },
    flag('public', ['public', 'public', 'publique', 'nominatif'], {
      fr: 'Vote nominatif',
      en: 'Named votes',
    }),
    flag('anonymous', ['anonyme', 'anonymous', 'anon'], {
      fr: 'Vote anonyme (par défaut)',
      en: 'Anonymous (default)',
    }),
    flag('multiple', ['multiple', 'multiple', 'multiples', 'plusieurs', 'several'], {
      fr: 'Plusieurs choix',
      en: 'Several choices',
    }),
    setting(
      'max',
      ['max', 'max', 'maximum'],
      { fr: 'Choix au plus', en: 'Choices at most' },
      'multiple max 2',
      'one',
      { fr: 'N', en: 'N' },
    ),
    setting(
      'duration',
      ['duree', 'duration', 'pendant'],
      { fr: 'Durée (48h, 3j)', en: 'Duration (48h, 3d)' },
      'duree 48h',
      'run',
      { fr: 'DURÉE', en: 'DURATION' },
    ),
    setting(
      'until',
      ['fin', 'until', "jusqu'a", "jusqu'au", 'deadline', 'echeance', 'cloture'],
      { fr: 'Ou échéance (vendredi 18h)', en: 'Or deadline (friday 6pm)' },
      'fin "vendredi 18h"',
      'run',
      { fr: '"DATE"', en: '"DATE"' },
    ),
    setting('goal', ['but', 'goal', 'objectif'], { fr: 'But servi', en: 'Goal served' }, 'but 3', 'one', {
      fr: 'N',
      en: 'N',
    }),
  ],
  run(ctx, values) {
    if (flagOf(values, 'public') && flagOf(values, 'anonymous'))
      return Promise.resolve(err({ key: m['anonymous-and-public'], arg: 'public' }));
    return createPoll(ctx, {
      question: textOf(values, 'question'),
      options: textsOf(values, 'options'),
      public: flagOf(values, 'public'),
      multiple: flagOf(values, 'multiple'),
      max: textOf(values, 'max'),
      duration: textOf(values, 'duration'),
      until: textOf(values, 'until'),
      goal: textOf(values, 'goal'),
    });
  },
};

const onePoll = (
  names: Names,
  help: Verb['help'],
  run: (ctx: Parameters<Verb['run']>[0], ref: number) => ReturnType<Verb['run']>,
  also?: Verb['also'],
): Verb => ({
  names,
  help,
  args: [ref],
  ...(also ? { also } : {}),
  run: (ctx, values) => run(ctx, numberOf(values, 'ref') ?? 0),
});

export const pollVerbs: readonly Verb[] = [
  {
    names: ['liste', 'list', 'ouverts', 'open'],
    also: 'nothing',
    help: { fr: 'Sondages ouverts ou clos', en: 'Open or closed polls' },
    stray: cm['list-stray'],
    // `sondage liste clos page 2` reads as `sondage liste clos 2`.
    skip: ['page'],
    args: [
      {
        key: 'closed',
        names: ['clos', 'closed', 'fermes', 'termines', 'past'],
        help: { fr: 'Les clos', en: 'Closed' },
        type: { kind: 'flag' },
        read: { by: 'word' },
      },
      {
        key: 'page',
        names: ['page', 'page'],
        help: { fr: 'Page', en: 'Page' },
        // 0 passes, to be answered with the pages there are (closed-polls.ts).
        type: { kind: 'integer', min: 0, max: PAGE_MAX },
        read: { by: 'position', only: 'number' },
        messages: { invalid: cm['closed-page-invalid'] },
        shown: { placeholder: { fr: 'N', en: 'N' } },
      },
    ],
    run: (ctx, values) => {
      const page = numberOf(values, 'page');
      if (flagOf(values, 'closed')) return listClosedPolls(ctx, page ?? 1);
      if (page !== undefined) return Promise.resolve(err({ key: cm['open-no-pages'], params: { page } }));
      return listPolls(ctx);
    },
  },
  onePoll(
    ['voir', 'show', 'afficher', 'resultats', 'results'],
    { fr: 'Un sondage', en: 'One poll' },
    showPoll,
    'number',
  ),
  onePoll(
    ['fermer', 'close', 'clore', 'cloturer', 'terminer', 'end'],
    { fr: 'Le clore', en: 'Close it' },
    closePollEarly,
  ),
  onePoll(
    ['export', 'export', 'exporter', 'csv'],
    { fr: 'Résultats en CSV', en: 'Results as CSV' },
    exportPoll,
  ),
  onePoll(
    ['publier', 'post', 'publish', 'reposter', 'repost'],
    { fr: 'Le publier ici', en: 'Post it here' },
    publishPoll,
  ),
  create,
];
