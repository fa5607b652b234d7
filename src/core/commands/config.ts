// `config` / `config` (facilitators): the network's settings, the audit trail of facilitator
// actions and the retention period. Each part lives in src/core/config/.
import { auditMessages } from '../audit/messages.ts';
import { showJournal } from '../config/journal.ts';
import {
  mergeOrganisations,
  setFacilitator,
  setLocale,
  setName,
  setTimeZone,
  showSettings,
} from '../config/network-settings.ts';
import { RETENTION_MAX, RETENTION_MIN, setRetention } from '../config/retention.ts';
import { setThreshold, THRESHOLD_MAX, THRESHOLD_MIN, thresholdMessages } from '../config/threshold.ts';
import { directoryMessages } from '../directory/messages.ts';
import { localeArg } from '../grammar/shared-args.ts';
import type { ArgSpec } from '../grammar/spec.ts';
import { memberOf, numberOf, textOf } from '../grammar/values.ts';
import type { Bilingual } from '../i18n/index.ts';
import { err } from '../result.ts';
import { defineCommand, type Verb } from './command.ts';

const help = (fr: string, en: string) => ({ fr, en });

/** An organisation to merge, named as in the directory (quoted when it has several words). */
const organisation = (
  key: string,
  names: ArgSpec['names'],
  helpText: ArgSpec['help'],
  placeholder: Bilingual,
): ArgSpec => ({
  key,
  names,
  help: helpText,
  shown: { placeholder },
  type: { kind: 'text', max: 120 },
  read: { by: 'position' },
  required: true,
  messages: { missing: directoryMessages.mergeUsage, tooLong: 'error.too-long' },
  suggest: 'organisation',
});

const verbs: Verb[] = [
  {
    slot: ['voir', 'show'],
    help: help('Les réglages du réseau', 'The network’s settings'),
    args: [],
    stray: auditMessages.settingUnknown,
    run: (ctx) => showSettings(ctx),
  },
  {
    names: ['nom', 'name'],
    help: help('Nommer le réseau', 'Name the network'),
    args: [
      {
        key: 'name',
        names: ['nom', 'name'],
        help: help('Nom du réseau', 'Network name'),
        type: { kind: 'text', max: 80 },
        read: { by: 'rest' },
        required: true,
        messages: { missing: 'config.error.name', tooLong: 'error.too-long' },
        shown: { placeholder: { fr: '"NOM DU RÉSEAU"', en: '"NETWORK NAME"' } },
      },
    ],
    run: (ctx, values) => setName(ctx, textOf(values, 'name') ?? ''),
  },
  {
    names: ['langue', 'language', 'lang'],
    help: help('Sa langue', 'Its language'),
    args: [localeArg('config.error.locale')],
    run: (ctx, values) => setLocale(ctx, textOf(values, 'locale') === 'en' ? 'en' : 'fr'),
  },
  {
    names: ['fuseau', 'timezone', 'tz', 'fuseau-horaire'],
    help: help('Son fuseau horaire', 'Its time zone'),
    args: [
      {
        key: 'timeZone',
        names: ['fuseau', 'timezone'],
        help: help('Europe/Paris, America/Cayenne…', 'Europe/Paris, America/Cayenne…'),
        shown: { placeholder: help('FUSEAU', 'TIME_ZONE') },
        type: { kind: 'text', max: 64 },
        read: { by: 'rest' },
        required: true,
        messages: { missing: 'config.error.timezone', tooLong: 'config.error.timezone' },
        suggest: 'time-zone',
      },
    ],
    run: (ctx, values) => setTimeZone(ctx, textOf(values, 'timeZone') ?? ''),
  },
  {
    names: ['facilitateur', 'facilitator', 'facilitatrice'],
    help: help('Nommer ou retirer un facilitateur', 'Add or remove a facilitator'),
    args: [
      {
        key: 'op',
        names: ['action', 'action'],
        help: help('ajouter (par défaut) ou retirer', 'add (the default) or remove'),
        type: {
          kind: 'choice',
          choices: [
            { value: 'add', names: ['ajouter', 'add', 'nommer', '+'] },
            { value: 'remove', names: ['retirer', 'remove', 'enlever', 'supprimer', '-'] },
          ],
        },
        read: { by: 'word' },
      },
      {
        key: 'who',
        names: ['membre', 'member'],
        help: help('Le membre', 'The member'),
        type: { kind: 'member' },
        read: { by: 'rest' },
        required: true,
        messages: { missing: 'config.error.member' },
      },
    ],
    run: (ctx, values) => {
      const who = memberOf(values, 'who');
      const op = textOf(values, 'op') === 'remove' ? 'remove' : 'add';
      return who ? setFacilitator(ctx, op, who) : Promise.resolve(err({ key: 'config.error.member' }));
    },
  },
  {
    names: ['fusionner', 'merge', 'fusion'],
    skip: ['dans', 'into', 'vers', 'avec', 'with'],
    help: help('Fusionner deux structures en double', 'Merge duplicate organisations'),
    args: [
      organisation('source', ['doublon', 'duplicate'], help('La structure en double', 'The duplicate'), {
        fr: '"STRUCTURE EN DOUBLE"',
        en: '"DUPLICATE ORGANISATION"',
      }),
      organisation('target', ['garder', 'keep'], help('La structure à garder', 'The one to keep'), {
        fr: '"STRUCTURE À GARDER"',
        en: '"ORGANISATION TO KEEP"',
      }),
    ],
    stray: directoryMessages.mergeUsage,
    run: (ctx, values) =>
      mergeOrganisations(ctx, textOf(values, 'source') ?? '', textOf(values, 'target') ?? ''),
  },
  {
    names: ['journal', 'audit'],
    help: help('Le journal des actions de facilitation', 'The audit trail'),
    // The page is checked against the journal's length, to say which pages there are.
    args: [
      {
        key: 'page',
        names: ['page', 'page'],
        help: help('Page du journal', 'Page of the trail'),
        shown: { placeholder: help('N', 'N') },
        type: { kind: 'text', max: 20 },
        read: { by: 'rest' },
      },
    ],
    run: (ctx, values) => showJournal(ctx, textOf(values, 'page')),
  },
  {
    names: ['conservation', 'retention'],
    skip: ['mois', 'month', 'months'],
    help: help('Durée de conservation des données', 'Data retention period'),
    args: [
      {
        key: 'months',
        names: ['mois', 'months'],
        help: help('En mois, de 1 à 60', 'In months, from 1 to 60'),
        type: { kind: 'integer', min: RETENTION_MIN, max: RETENTION_MAX },
        read: { by: 'position', only: 'number' },
        messages: { invalid: auditMessages.retentionInvalid },
        shown: { needed: true, placeholder: { fr: 'MOIS', en: 'MONTHS' } },
      },
    ],
    stray: auditMessages.retentionInvalid,
    run: (ctx, values) => setRetention(ctx, numberOf(values, 'months')),
  },
  {
    names: ['seuil', 'threshold'],
    skip: ['reponses', 'answers', 'votes'],
    help: help('Seuil d’anonymat des sondages', 'Anonymity threshold of polls'),
    args: [
      {
        key: 'min',
        names: ['reponses', 'answers'],
        help: help('Réponses, de 3 à 10', 'Answers, from 3 to 10'),
        type: { kind: 'integer', min: THRESHOLD_MIN, max: THRESHOLD_MAX },
        read: { by: 'position', only: 'number' },
        messages: { invalid: thresholdMessages.thresholdInvalid },
        shown: { needed: true, placeholder: { fr: 'N', en: 'N' } },
      },
    ],
    stray: thresholdMessages.thresholdInvalid,
    run: (ctx, values) => setThreshold(ctx, numberOf(values, 'min')),
  },
];

export const config = defineCommand({
  messages: { ...directoryMessages, ...auditMessages, ...thresholdMessages },
  names: ['config', 'config', 'reglages', 'settings'],
  facilitatorOnly: true,
  help: {
    fr: {
      summary:
        'voir et modifier les réglages du réseau : nom, langue, fuseau horaire, facilitateurs, durée de conservation, seuil d’anonymat des sondages ; fusionner deux structures en double ; lire le journal des actions de facilitation.',
      examples: [
        'config',
        'config nom "Réseau éducatif de Cergy"',
        'config langue en',
        'config fuseau Europe/Paris',
        'config facilitateur ajouter @Marie',
        'config conservation 12',
        'config seuil 5',
        'config journal 2',
      ],
    },
    en: {
      summary:
        "see and change the network's settings: name, language, time zone, facilitators, retention period, polls' anonymity threshold; merge duplicate organisations; read the audit trail of facilitator actions.",
      examples: [
        'config',
        'config name "Cergy education network"',
        'config language fr',
        'config timezone Europe/Paris',
        'config facilitator add @Marie',
        'config retention 12',
        'config threshold 5',
        'config audit 2',
      ],
    },
  },
  verbs,
});
