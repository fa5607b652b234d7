// The diagnostic permanent: a private preview for anyone; for facilitators, the channel it
// is posted in, its schedule (a cron or plain words, confirmed in plain words) and on/off.
import { formatDate } from '../args/format-date.ts';
import { audit } from '../audit/record-audit.ts';
import { digestMessage } from '../digest/digest-message.ts';
import { currentPeriod, type NamedPeriod } from '../digest/digest-periods.ts';
import { digestExport } from '../digest/export/digest-export.ts';
import { exportMessages } from '../digest/export/export-messages.ts';
import { listPast, showPast } from '../digest/past-digests.ts';
import { type PeriodWordsError, periodFromWords } from '../digest/period-words.ts';
import { nextRuns } from '../digest/schedule.ts';
import { scheduleMessages as m } from '../digest/schedule-messages.ts';
import { describeSchedule, parseSchedule, type ScheduleError } from '../digest/schedule-words.ts';
import { asksRevocation, giveWebLink, revokeWebLinks } from '../digest/web/web-command.ts';
import { webCommandMessages as webMessages } from '../digest/web/web-command-messages.ts';
import { refArg } from '../grammar/shared-args.ts';
import type { Names } from '../grammar/spec.ts';
import { numberOf, textOf } from '../grammar/values.ts';
import { context, fields, header, type Message, privateMessage, publicMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { markDigestStart } from '../scheduling/digest-job.ts';
import {
  type CommandContext,
  type CommandResult,
  defineCommand,
  type Failure,
  type Verb,
} from './command.ts';

const scheduleOf = (ctx: CommandContext, network: Network) =>
  describeSchedule(network.digestCron, network.timeZone, ctx.locale);

/** The schedule in words, then what still keeps the digest from being posted. */
function confirmation(ctx: CommandContext, network: Network, first: string): Message {
  const lines = [first];
  if (!network.digestSpaceId) lines.push(ctx.say(m.noChannelYet));
  if (!network.digestEnabled) lines.push(ctx.say(m.stillOff));
  return publicMessage(text(lines.join('\n')));
}

const PERIOD_ERRORS = {
  'not-understood': m.periodNotUnderstood,
  'not-begun': m.periodNotBegun,
} as const satisfies Record<PeriodWordsError, unknown>;

/** The period asked for, or the one the schedule is in now. */
function askedPeriod(ctx: CommandContext, typed: string | undefined): Result<NamedPeriod, Failure> {
  const { network } = ctx;
  if (!typed) return ok(currentPeriod(network.digestCron, network.timeZone, ctx.now));
  const found = periodFromWords(typed, network.timeZone, ctx.now);
  return found.ok ? found : err({ key: PERIOD_ERRORS[found.error], params: { words: typed } });
}

async function preview(ctx: CommandContext, typed: string | undefined): Promise<CommandResult> {
  const { network } = ctx;
  const period = askedPeriod(ctx, typed);
  if (!period.ok) return period;
  const digest = await digestMessage(ctx.repos, network, period.value, ctx.locale, { picture: true });
  const where = !network.digestSpaceId
    ? ctx.say(m.previewNowhere)
    : !network.digestEnabled
      ? ctx.say(m.previewOff)
      : '';
  const note = ctx.say(m.previewNote, { schedule: scheduleOf(ctx, network), where });
  return ok([{ ...digest, visibility: 'private', blocks: [...digest.blocks, context(note)] }]);
}

async function chooseHere(ctx: CommandContext): Promise<CommandResult> {
  const channelId = ctx.channelId ?? null;
  const { network } = ctx;
  if (network.digestSpaceId === ctx.space.id && network.digestChannelId === channelId)
    return ok([confirmation(ctx, network, ctx.say(m.hereAlready, { schedule: scheduleOf(ctx, network) }))]);
  const updated = await ctx.repos.networks.update(network.id, {
    digestSpaceId: ctx.space.id,
    digestChannelId: channelId,
    digestChosenBy: ctx.actor.id,
  });
  await audit(ctx, 'digest.channel', { channel: channelId });
  await markDigestStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.hereSet, { schedule: scheduleOf(ctx, updated) }))]);
}

const SCHEDULE_ERRORS = {
  'not-expressible': m.notExpressible,
  'needs-time': m.needsTime,
  'not-understood': m.notUnderstood,
} as const satisfies Record<ScheduleError['code'], unknown>;

async function setSchedule(ctx: CommandContext, typed: string): Promise<CommandResult> {
  const cron = parseSchedule(typed);
  if (!cron.ok) return err({ key: SCHEDULE_ERRORS[cron.error.code] });
  // A valid expression may still name no day that exists (`0 0 31 2 *`): it would never post.
  if (nextRuns(cron.value, ctx.network.timeZone, ctx.now).length === 0) return err({ key: m.neverRuns });
  const updated = await ctx.repos.networks.update(ctx.network.id, { digestCron: cron.value });
  if (cron.value !== ctx.network.digestCron)
    await audit(ctx, 'digest.schedule', { from: ctx.network.digestCron, to: cron.value });
  await markDigestStart(ctx.repos, ctx.network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.scheduleSet, { schedule: scheduleOf(ctx, updated) }))]);
}

async function turn(ctx: CommandContext, enabled: boolean): Promise<CommandResult> {
  const { network } = ctx;
  const schedule = scheduleOf(ctx, network);
  if (network.digestEnabled === enabled)
    return ok([privateMessage(text(ctx.say(enabled ? m.alreadyOn : m.alreadyOff, { schedule })))]);
  const updated = await ctx.repos.networks.update(network.id, { digestEnabled: enabled });
  await audit(ctx, enabled ? 'digest.on' : 'digest.off', {});
  if (!enabled) return ok([publicMessage(text(ctx.say(m.turnedOff)))]);
  // Slots that passed while it was off are not posted on the next tick.
  await markDigestStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.turnedOn, { schedule }))]);
}

function status(ctx: CommandContext): CommandResult {
  const { network } = ctx;
  const channel = !network.digestSpaceId
    ? ctx.say(m.channelNone)
    : network.digestSpaceId === ctx.space.id && network.digestChannelId === (ctx.channelId ?? null)
      ? ctx.say(m.channelHere)
      : ctx.say(m.channelElsewhere, { channel: network.digestChannelId ?? network.digestSpaceId });
  const [next] =
    network.digestEnabled && network.digestSpaceId
      ? nextRuns(network.digestCron, network.timeZone, ctx.now)
      : [];
  return ok([
    privateMessage(
      header(ctx.say(m.statusTitle)),
      fields([
        { label: ctx.say(m.statusChannel), value: channel },
        { label: ctx.say(m.statusSchedule), value: scheduleOf(ctx, network) },
        {
          label: ctx.say(m.statusNext),
          value: next
            ? formatDate(next, { timeZone: network.timeZone, locale: ctx.locale, withTime: true })
            : ctx.say(m.nextNone),
        },
        { label: ctx.say(m.statusState), value: ctx.say(network.digestEnabled ? m.stateOn : m.stateOff) },
      ]),
    ),
  ]);
}

const help = (fr: string, en: string) => ({ fr, en });

/** A verb of one word: more words get the list of the digest's verbs. */
const bare = (names: Names, helpText: Verb['help'], run: Verb['run'], facilitatorOnly = true): Verb => ({
  names,
  help: helpText,
  args: [],
  stray: m.unknownAction,
  facilitatorOnly,
  run,
});

const verbs: Verb[] = [
  {
    slot: ['voir', 'preview'],
    // `diagnostic`, `diagnostic aperçu`: the private preview is what the command shows by default.
    skip: ['apercu', 'preview', 'voir', 'show'],
    help: help('Un aperçu privé', 'A private preview'),
    args: [
      {
        key: 'period',
        names: ['periode', 'period'],
        help: help('mois, trimestre, semaine, 2026-11…', 'month, quarter, week, 2026-11…'),
        type: { kind: 'text', max: 40 },
        read: { by: 'rest' },
        required: false,
        messages: { tooLong: m.periodNotUnderstood },
      },
    ],
    run: (ctx, values) => preview(ctx, textOf(values, 'period')),
  },
  {
    names: ['historique', 'history', 'anciens', 'past', 'precedents', 'archives'],
    help: help('Les diagnostics publiés', 'The digests posted'),
    args: [
      refArg(help('Numéro du diagnostic', 'Digest number'), m.historyUsage, { min: 1, required: false }),
    ],
    run: (ctx, values) => {
      const ref = numberOf(values, 'ref');
      return ref === undefined ? listPast(ctx) : showPast(ctx, ref);
    },
  },
  bare(
    ['statut', 'status', 'etat', 'state', 'info', 'infos'],
    help('Où en est le diagnostic', 'Where the digest stands'),
    (ctx) => Promise.resolve(status(ctx)),
    false,
  ),
  bare(
    ['ici', 'here', 'canal', 'channel'],
    help('Le publier dans ce canal', 'Post it in this channel'),
    chooseHere,
  ),
  {
    names: ['export', 'export', 'exporter', 'tableur', 'spreadsheet', 'xlsx', 'csv'],
    help: help(
      'Les chiffres en tableur (XLSX, CSV), en privé',
      'The figures as a spreadsheet (XLSX, CSV), privately',
    ),
    args: [],
    stray: exportMessages.noArguments,
    facilitatorOnly: false,
    run: async (ctx) => ok([await digestExport(ctx)]),
  },
  {
    names: ['web', 'web', 'page', 'lien', 'link', 'navigateur', 'browser'],
    help: help(
      'Un lien privé vers sa page web, valable 24 h ; « revoquer » coupe tous les liens',
      'A private link to its web page, valid 24 h; “revoke” cuts every link',
    ),
    args: [
      {
        key: 'period',
        names: ['periode', 'period'],
        help: help('mois, 2026-11… ou revoquer', 'month, 2026-11… or revoke'),
        type: { kind: 'text', max: 40 },
        read: { by: 'rest' },
        required: false,
        messages: { tooLong: webMessages.periodNotUnderstood },
      },
    ],
    facilitatorOnly: false,
    run: async (ctx, values) => {
      const words = textOf(values, 'period');
      if (asksRevocation(words)) return revokeWebLinks(ctx);
      if (!words) return giveWebLink(ctx, undefined);
      const found = periodFromWords(words, ctx.network.timeZone, ctx.now);
      if (found.ok) return giveWebLink(ctx, found.value);
      const key = found.error === 'not-begun' ? m.periodNotBegun : webMessages.periodNotUnderstood;
      return err({ key, params: { words } });
    },
  },
  {
    names: ['horaire', 'schedule', 'quand', 'when', 'frequence', 'frequency', 'cron', 'planning'],
    help: help('Son horaire', 'Its schedule'),
    args: [
      {
        key: 'schedule',
        names: ['horaire', 'schedule'],
        help: help('« chaque lundi à 9h » ou cron', '"every monday at 9am" or cron'),
        type: { kind: 'text', max: 200 },
        read: { by: 'rest' },
        required: true,
        messages: { missing: m.scheduleMissing, tooLong: 'error.too-long' },
      },
    ],
    facilitatorOnly: true,
    run: (ctx, values) => setSchedule(ctx, textOf(values, 'schedule') ?? ''),
  },
  // Named so on platforms that list verbs: `activer` reads better there than `on`.
  {
    ...bare(
      ['on', 'on', 'activer', 'reactiver', 'enable', 'start', 'reprendre', 'resume'],
      help('L’activer', 'Turn it on'),
      (ctx) => turn(ctx, true),
    ),
    slot: ['activer', 'on'],
  },
  {
    ...bare(
      ['off', 'off', 'desactiver', 'arreter', 'stop', 'disable', 'pause'],
      help('Le désactiver', 'Turn it off'),
      (ctx) => turn(ctx, false),
    ),
    slot: ['desactiver', 'off'],
  },
];

export const diagnostic = defineCommand({
  names: ['diagnostic', 'digest', 'diag'],
  brief: { fr: 'Le diagnostic permanent du réseau', en: 'The network’s digest' },
  help: {
    fr: {
      summary:
        'le diagnostic permanent : ce que le réseau a fait, ses nouveaux liens et ses angles morts. Aperçu privé, page web à explorer et imprimer (`diagnostic web`) et tableur pour les financeurs (`diagnostic export`) pour tous ; les facilitateurs choisissent le canal, l’horaire, et l’activent ou le désactivent.',
      examples: [
        'diagnostic',
        'diagnostic mois',
        'diagnostic trimestre dernier',
        'diagnostic 2026-11',
        'diagnostic historique',
        'diagnostic historique 3',
        'diagnostic ici',
        'diagnostic horaire "chaque lundi à 9h"',
        'diagnostic horaire "le 1er du mois à 10h"',
        'diagnostic horaire "0 9 * * 1"',
        'diagnostic off',
        'diagnostic statut',
        'diagnostic export',
        'diagnostic web',
        'diagnostic web mois dernier',
        'diagnostic web revoquer',
      ],
    },
    en: {
      summary:
        'the digest: what the network did, its new links and its blind spots. A private preview, a web page to explore and print (`digest web`) and a spreadsheet for funders (`digest export`) for anyone; facilitators choose its channel and schedule, and turn it on or off.',
      examples: [
        'digest',
        'digest month',
        'digest last quarter',
        'digest 2026-11',
        'digest history',
        'digest history 3',
        'digest here',
        'digest schedule "every monday at 9am"',
        'digest schedule "every day at 8:30"',
        'digest schedule "0 9 * * 1"',
        'digest off',
        'digest status',
        'digest export',
        'digest web',
        'digest web last month',
        'digest web revoke',
      ],
    },
  },
  messages: m,
  verbs,
});
