// The café coopération: members opt in or out; facilitators choose its channel, rhythm
// and day, pause it or run a round now; people answer "did you meet?" (buttons run
// `cafe rencontre N oui|non`). The rounds themselves are scheduled work (cafe-jobs.ts).
import { answer, here, optIn, runNow, setRhythm, status, turn } from '../cafe/cafe-actions.ts';
import { inviteOrganisation } from '../cafe/cafe-invite.ts';
import { WEEKDAY_CHOICES } from '../cafe/cafe-schedule.ts';
import { cafeMessages as m } from '../cafe/messages.ts';
import { refArg } from '../grammar/shared-args.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import { numberOf, textOf } from '../grammar/values.ts';
import { defineCommand, type Verb } from './command.ts';

const help = (fr: string, en: string) => ({ fr, en });

/** A verb of one word and nothing after it: other words get the list of the café's verbs. */
const bare = (
  names: Names,
  helpText: ReturnType<typeof help>,
  run: Verb['run'],
  facilitatorOnly = false,
): Verb => ({ names, help: helpText, args: [], stray: m.unknownAction, facilitatorOnly, run });

const weeks: ArgSpec = {
  key: 'weeks',
  names: ['semaines', 'weeks'],
  help: help('Toutes les N semaines (1 à 8)', 'Every N weeks (1 to 8)'),
  type: { kind: 'integer', min: 1, max: 8 },
  read: { by: 'position', only: 'number' },
  required: true,
  messages: { missing: m.everyInvalid, invalid: m.everyInvalid },
  shown: { placeholder: { fr: 'SEMAINES', en: 'WEEKS' } },
};

const weekday: ArgSpec = {
  key: 'weekday',
  names: ['jour', 'day'],
  help: help('Jour de la semaine', 'Day of the week'),
  type: { kind: 'choice', choices: WEEKDAY_CHOICES },
  read: { by: 'position' },
  required: true,
  messages: { missing: m.dayInvalid, invalid: m.dayInvalid },
};

const pair = refArg(help('Numéro du binôme', 'Pair number'), m.metUsage, { min: 1 });

const met: ArgSpec = {
  key: 'met',
  names: ['reponse', 'answer'],
  help: help('oui ou non', 'yes or no'),
  type: {
    kind: 'choice',
    choices: [
      { value: 'yes', names: ['oui', 'yes', 'o', 'y'] },
      { value: 'no', names: ['non', 'no', 'n', 'pas encore', 'not yet', 'pas-encore', 'not-yet'] },
    ],
  },
  read: { by: 'position' },
  required: true,
  messages: { missing: m.metUsage, invalid: m.metUsage },
};

const verbs: Verb[] = [
  {
    slot: ['statut', 'status'],
    // `cafe`, `cafe statut`: where the café stands is what the command shows by default.
    skip: ['statut', 'status', 'etat', 'state', 'info', 'infos'],
    help: help('Où en est le café', 'Where the café stands'),
    args: [],
    stray: m.unknownAction,
    run: (ctx) => status(ctx),
  },
  bare(['oui', 'yes', 'inscrire', 'participer', 'join', 'in', 'optin'], help('Participer', 'Join'), (ctx) =>
    optIn(ctx, true),
  ),
  bare(
    ['non', 'no', 'desinscrire', 'quitter', 'leave', 'out', 'optout'],
    help('Ne plus participer', 'Leave'),
    (ctx) => optIn(ctx, false),
  ),
  {
    names: ['rencontre', 'met', 'rencontres', 'vu', 'meeting'],
    help: help('Si le binôme s’est rencontré', 'Whether the pair met'),
    args: [pair, met],
    stray: m.metUsage,
    run: (ctx, values) => answer(ctx, numberOf(values, 'ref') ?? 0, textOf(values, 'met') === 'yes'),
  },
  bare(
    ['ici', 'here', 'canal', 'channel'],
    help('Le café dans ce canal', 'The café in this channel'),
    here,
    true,
  ),
  {
    names: ['rythme', 'every', 'cadence', 'frequence', 'rhythm', 'frequency'],
    skip: ['semaine', 'semaines', 'sem', 'week', 'weeks', 'w'],
    help: help('Son rythme, en semaines', 'Its rhythm, in weeks'),
    args: [weeks],
    stray: m.everyInvalid,
    facilitatorOnly: true,
    run: (ctx, values) => setRhythm(ctx, { cafeEveryWeeks: numberOf(values, 'weeks') ?? 1 }),
  },
  {
    names: ['jour', 'day'],
    help: help('Son jour', 'Its day'),
    args: [weekday],
    stray: m.dayInvalid,
    facilitatorOnly: true,
    run: (ctx, values) => setRhythm(ctx, { cafeWeekday: Number(textOf(values, 'weekday')) }),
  },
  // Named so on platforms that list verbs: `activer` reads better there than `on`.
  {
    ...bare(
      ['on', 'on', 'activer', 'reprendre', 'enable', 'resume', 'start'],
      help('Le reprendre', 'Resume it'),
      (ctx) => turn(ctx, true),
      true,
    ),
    slot: ['activer', 'on'],
  },
  {
    ...bare(
      ['off', 'off', 'desactiver', 'pause', 'arreter', 'disable', 'stop'],
      help('Le mettre en pause', 'Pause it'),
      (ctx) => turn(ctx, false),
      true,
    ),
    slot: ['desactiver', 'off'],
  },
  {
    names: ['inviter', 'invite', 'proposer', 'propose'],
    help: help('Inviter une structure au prochain tour', 'Invite an organisation to the next round'),
    args: [
      {
        key: 'organisation',
        names: ['structure', 'organisation'],
        help: help('Nom de la structure', 'Organisation name'),
        type: { kind: 'text', max: 200 },
        read: { by: 'rest' },
        required: true,
        messages: { missing: m.inviteUsage, tooLong: 'error.too-long' },
      },
    ],
    facilitatorOnly: true,
    run: (ctx, values) => inviteOrganisation(ctx, textOf(values, 'organisation') ?? ''),
  },
  bare(
    ['lancer', 'run', 'maintenant', 'now', 'tour', 'round'],
    help('Lancer un tour maintenant', 'Run a round now'),
    runNow,
    true,
  ),
];

export const cafe = defineCommand({
  names: ['cafe', 'coffee', 'café'],
  brief: {
    fr: 'Café : rencontres entre structures',
    en: 'Café: cross-organisation meetings',
  },
  help: {
    fr: {
      summary:
        'le café coopération : des mises en relation régulières entre personnes de structures différentes. Inscrivez-vous avec `cafe oui` ; les facilitateurs choisissent le canal, le rythme et le jour.',
      examples: [
        'cafe oui',
        'cafe non',
        'cafe rencontre 12 oui',
        'cafe ici',
        'cafe rythme 2',
        'cafe jour jeudi',
        'cafe lancer',
        'cafe inviter "Centre social Les Tilleuls"',
      ],
    },
    en: {
      summary:
        'the café coopération: regular introductions between people of different organisations. Join with `coffee yes`; facilitators choose its channel, rhythm and day.',
      examples: [
        'coffee yes',
        'coffee no',
        'coffee met 12 yes',
        'coffee here',
        'coffee every 2',
        'coffee day thursday',
        'coffee run',
        'coffee invite "Les Tilleuls social centre"',
      ],
    },
  },
  messages: m,
  verbs,
});
