// The café coopération: members opt in or out; facilitators choose its channel, rhythm
// and day, pause it or run a round now; people answer "did you meet?" (buttons run
// `cafe rencontre N oui|non`). The rounds themselves are scheduled work (cafe-jobs.ts).
import { formatDate } from '../args/format-date.ts';
import { zonedDay } from '../args/human-date.ts';
import { audit } from '../audit/record-audit.ts';
import { dayName, nextRoundSlot, WEEKDAY_CHOICES } from '../cafe/cafe-schedule.ts';
import { cafeMessages as m } from '../cafe/messages.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import { numberOf, textOf } from '../grammar/values.ts';
import { joinList } from '../i18n/index.ts';
import { fields, header, privateMessage, publicMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import { err, ok } from '../result.ts';
import { markCafeStart, requestInstant } from '../scheduling/cafe-jobs.ts';
import { type CommandContext, type CommandResult, defineCommand, type Verb } from './command.ts';

const rhythmOf = (ctx: CommandContext, network: Network) =>
  ctx.say(network.cafeEveryWeeks === 1 ? m.rhythmWeekly : m.rhythm, {
    weeks: network.cafeEveryWeeks,
    day: dayName(network.cafeWeekday, ctx.locale),
    zone: network.timeZone,
  });

async function nextText(ctx: CommandContext, network: Network): Promise<string> {
  if (!network.cafeEnabled || !network.cafeSpaceId) return ctx.say(m.nextNone);
  const next = nextRoundSlot(network, await ctx.repos.cafe.lastRoundSlot(network.id), ctx.now);
  return next
    ? formatDate(next, { timeZone: network.timeZone, locale: ctx.locale, withTime: true })
    : ctx.say(m.nextNone);
}

async function status(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  const channel = !network.cafeSpaceId
    ? ctx.say(m.channelNone)
    : network.cafeSpaceId === ctx.space.id && network.cafeChannelId === (ctx.channelId ?? null)
      ? ctx.say(m.channelHere)
      : ctx.say(m.channelElsewhere, { channel: network.cafeChannelId ?? network.cafeSpaceId });
  const people = (await ctx.repos.cafe.optedIn(network.id, network.cafeSpaceId)).length;
  return ok([
    privateMessage(
      header(ctx.say(m.statusTitle)),
      fields([
        { label: ctx.say(m.statusYou), value: ctx.say(ctx.actor.cafeOptIn ? m.youIn : m.youOut) },
        { label: ctx.say(m.statusPeople), value: String(people) },
        { label: ctx.say(m.statusRhythm), value: rhythmOf(ctx, network) },
        { label: ctx.say(m.statusChannel), value: channel },
        { label: ctx.say(m.statusNext), value: await nextText(ctx, network) },
      ]),
    ),
  ]);
}

async function optIn(ctx: CommandContext, value: boolean): Promise<CommandResult> {
  if (ctx.actor.cafeOptIn === value)
    return ok([privateMessage(text(ctx.say(value ? m.alreadyIn : m.alreadyOut)))]);
  await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { cafeOptIn: value });
  if (!value) return ok([privateMessage(text(ctx.say(m.optedOut)))]);
  return ok([privateMessage(text(ctx.say(m.optedIn, { next: await nextText(ctx, ctx.network) })))]);
}

/** The settings changed publicly, then what still keeps rounds from running. */
function confirmation(ctx: CommandContext, network: Network, first: string) {
  const lines = [first];
  if (!network.cafeSpaceId) lines.push(ctx.say(m.noChannelYet));
  return publicMessage(text(lines.join('\n')));
}

/** A changed rhythm or day, as the journal keeps it (an unchanged one is not an action). */
async function auditRhythm(ctx: CommandContext, before: Network, after: Network): Promise<void> {
  if (before.cafeEveryWeeks !== after.cafeEveryWeeks)
    await audit(ctx, 'cafe.rhythm', { from: before.cafeEveryWeeks, to: after.cafeEveryWeeks });
  if (before.cafeWeekday !== after.cafeWeekday)
    await audit(ctx, 'cafe.day', { from: before.cafeWeekday, to: after.cafeWeekday });
}

async function here(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  const channelId = ctx.channelId ?? null;
  if (network.cafeSpaceId === ctx.space.id && network.cafeChannelId === channelId)
    return ok([confirmation(ctx, network, ctx.say(m.hereAlready, { rhythm: rhythmOf(ctx, network) }))]);
  const updated = await ctx.repos.networks.update(network.id, {
    cafeSpaceId: ctx.space.id,
    cafeChannelId: channelId,
    cafeChosenBy: ctx.actor.id,
  });
  await audit(ctx, 'cafe.channel', { channel: channelId });
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.hereSet, { rhythm: rhythmOf(ctx, updated) }))]);
}

async function setRhythm(
  ctx: CommandContext,
  change: { cafeEveryWeeks: number } | { cafeWeekday: number },
): Promise<CommandResult> {
  const { network } = ctx;
  const updated = await ctx.repos.networks.update(network.id, change);
  await auditRhythm(ctx, network, updated);
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.rhythmSet, { rhythm: rhythmOf(ctx, updated) }))]);
}

async function turn(ctx: CommandContext, enabled: boolean): Promise<CommandResult> {
  const { network } = ctx;
  if (network.cafeEnabled === enabled)
    return ok([
      privateMessage(text(ctx.say(enabled ? m.alreadyOn : m.alreadyOff, { rhythm: rhythmOf(ctx, network) }))),
    ]);
  const updated = await ctx.repos.networks.update(network.id, { cafeEnabled: enabled });
  await audit(ctx, enabled ? 'cafe.on' : 'cafe.off', {});
  if (!enabled) return ok([publicMessage(text(ctx.say(m.turnedOff)))]);
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.turnedOn, { rhythm: rhythmOf(ctx, updated) }))]);
}

async function runNow(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  // Without a channel yet, this one becomes the café's.
  const updated = await ctx.repos.networks.update(network.id, {
    cafeRequestedAt: await requestInstant(ctx.repos, network.id, ctx.now),
    ...(network.cafeSpaceId
      ? {}
      : { cafeSpaceId: ctx.space.id, cafeChannelId: ctx.channelId ?? null, cafeChosenBy: ctx.actor.id }),
    cafeEnabled: true,
  });
  await audit(ctx, 'cafe.run', { channel: network.cafeSpaceId ? null : (ctx.channelId ?? null) });
  return ok([confirmation(ctx, updated, ctx.say(m.runRequested))]);
}

async function answer(ctx: CommandContext, ref: number, met: boolean): Promise<CommandResult> {
  const { network, actor, repos } = ctx;
  const group = await repos.cafe.groupByRef(network.id, ref);
  const seat = group?.seats.find((s) => s.memberId === actor.id);
  if (!group || !seat) return err({ key: m.groupUnknown, params: { ref } });
  if (group.exchangeId && seat.met) {
    const exchangeRef = await repos.exchanges.refOf(network.id, group.exchangeId);
    return ok([privateMessage(text(ctx.say(m.metAlready, { ref: exchangeRef ?? '?' })))]);
  }
  await repos.cafe.answer(network.id, group.id, actor.id, met, ctx.now);
  if (!met) return ok([privateMessage(text(ctx.say(m.notMet, { ref })))]);
  const names = async (ids: readonly string[]) =>
    joinList(
      ctx.locale,
      (await Promise.all(ids.map((id) => repos.members.get(network.id, id)))).flatMap((p) =>
        p ? [p.displayName] : [],
      ),
    );
  const yes = group.seats.filter((s) => s.met === true && s.memberId !== actor.id).map((s) => s.memberId);
  let exchangeId = group.exchangeId;
  if (exchangeId) {
    await repos.exchanges.addMember(network.id, exchangeId, actor.id);
  } else if (yes.length > 0) {
    // Logged once two people said yes, naming only those who did (their consent).
    const [author, ...others] = yes;
    const created = await repos.exchanges.create(network.id, {
      authorId: author ?? actor.id,
      kind: 'meeting',
      occurredOn: zonedDay(ctx.now, network.timeZone),
      themes: [],
      note: null,
      goalId: null,
      memberIds: [...others, actor.id],
      organisationIds: [],
    });
    exchangeId = created.id;
    await repos.cafe.setExchange(network.id, group.id, created.id);
  } else {
    const waiting = group.seats.filter((s) => s.memberId !== actor.id).map((s) => s.memberId);
    return ok([privateMessage(text(ctx.say(m.metThanksWaiting, { others: await names(waiting) })))]);
  }
  const exchangeRef = await repos.exchanges.refOf(network.id, exchangeId);
  return ok([
    privateMessage(
      text(ctx.say(m.metLogged, { ref: exchangeRef ?? '?', names: await names([...yes, actor.id]) })),
    ),
  ]);
}

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
  help: help('Toutes les combien de semaines (1 à 8)', 'Every how many weeks (1 to 8)'),
  type: { kind: 'integer', min: 1, max: 8 },
  read: { by: 'position', only: 'number' },
  required: true,
  messages: { missing: m.everyInvalid, invalid: m.everyInvalid },
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

const pair: ArgSpec = {
  key: 'ref',
  names: ['numero', 'number'],
  help: help('Numéro du binôme', 'Pair number'),
  type: { kind: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER },
  read: { by: 'position', only: 'number' },
  required: true,
  messages: { missing: m.metUsage, invalid: m.metUsage },
};

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
    help: help('Dire si le binôme s’est rencontré', 'Say whether the pair met'),
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
  bare(
    ['on', 'on', 'activer', 'reprendre', 'enable', 'resume', 'start'],
    help('Le reprendre', 'Resume it'),
    (ctx) => turn(ctx, true),
    true,
  ),
  bare(
    ['off', 'off', 'desactiver', 'pause', 'arreter', 'disable', 'stop'],
    help('Le mettre en pause', 'Pause it'),
    (ctx) => turn(ctx, false),
    true,
  ),
  bare(
    ['lancer', 'run', 'maintenant', 'now', 'tour', 'round'],
    help('Lancer un tour maintenant', 'Run a round now'),
    runNow,
    true,
  ),
];

export const cafe = defineCommand({
  names: ['cafe', 'coffee', 'café'],
  help: {
    fr: {
      summary:
        'le café coopération : des mises en relation régulières entre personnes de structures différentes. Inscrivez-vous avec `cafe oui` ; les facilitateurs choisissent le canal, le rythme et le jour.',
      usage: [
        'cafe',
        'cafe oui|non',
        'cafe rencontre N oui|non',
        'cafe ici',
        'cafe rythme SEMAINES',
        'cafe jour JOUR',
        'cafe on|off',
        'cafe lancer',
      ],
      examples: [
        'cafe oui',
        'cafe non',
        'cafe rencontre 12 oui',
        'cafe ici',
        'cafe rythme 2',
        'cafe jour jeudi',
        'cafe lancer',
      ],
    },
    en: {
      summary:
        'the café coopération: regular introductions between people of different organisations. Join with `coffee yes`; facilitators choose its channel, rhythm and day.',
      usage: [
        'coffee',
        'coffee yes|no',
        'coffee met N yes|no',
        'coffee here',
        'coffee every WEEKS',
        'coffee day DAY',
        'coffee on|off',
        'coffee run',
      ],
      examples: [
        'coffee yes',
        'coffee no',
        'coffee met 12 yes',
        'coffee here',
        'coffee every 2',
        'coffee day thursday',
        'coffee run',
      ],
    },
  },
  messages: m,
  verbs,
});
