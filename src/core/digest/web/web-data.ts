// The web view's figures, from the database: the digest's data for the period (the same
// gathering as the chat digest), each goal's indicator history and the café's rounds, turned
// into labels in the page's language. Organisations and totals only: no member is named, no
// exchange note is read.
import { formatDate } from '../../args/format-date.ts';
import { zonedDate } from '../../args/zoned-time.ts';
import { statusLabels } from '../../goals/messages.ts';
import { localized, sayer } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import type { Network, Poll } from '../../model.ts';
import { breakdownHidden, breakdownMin, optionResults } from '../../polls/poll-results.ts';
import type { Repositories } from '../../ports.ts';
import { TERRITORY_ACTOR_KINDS } from '../../reference/territory-actors.ts';
import { themeLabel } from '../../reference/themes.ts';
import type { DigestData } from '../digest-data.ts';
import { gatherDigest } from '../digest-message.ts';
import type { NamedPeriod } from '../digest-periods.ts';
import { digestMapInput } from '../digest-picture.ts';
import { measureWindow, type NetworkMeasures, trend } from '../network/graph-measures.ts';
import { decimal, monthLabel } from '../network-section.ts';
import { MAP_DAYS } from '../network-windows.ts';
import { lastDay, parseDay, periodDays } from '../period.ts';
import { digestTitle, rangeLabel } from '../render-digest.ts';
import { webDataMessages as m } from './web-data-messages.ts';
import type { MeasureFigure, TrendSeries, WebDiagnostic, WebGoal, WebPoll } from './web-view.ts';

/** Indicator updates shown per goal: the latest ones. */
const INDICATORS_SHOWN = 20;

export interface WebViewRequest {
  network: Network;
  period: NamedPeriod;
  locale: Locale;
  now: Date;
  expiresAt: Date;
  /** The same page in the other language (relative URL). */
  otherHref: string;
}

export async function webDiagnostic(repos: Repositories, request: WebViewRequest): Promise<WebDiagnostic> {
  const { network, locale } = request;
  const data = await gatherDigest(repos, network, request.period, locale);
  const say = sayer(locale);
  const zone = network.timeZone;
  const when = (at: Date, withTime = false) => formatDate(at, { timeZone: zone, locale, withTime });
  const days = data.days;
  const before = periodDays(data.named.previous, zone);
  const monthsFrom = data.facts.windows[data.windows.months[0] ?? 0]?.from;
  const cafeFrom = monthsFrom ? zonedDate(parseDay(monthsFrom), zone) : data.period.start;
  const rounds = await repos.cafe.roundTotals(network.id, { start: cafeFrom, end: data.period.end });
  const map = digestMapInput(data, locale);
  return {
    locale,
    networkName: network.name,
    title: digestTitle(data, locale),
    periodLabel: rangeLabel(parseDay(days.from), lastDay(days), locale),
    previousLabel: rangeLabel(parseDay(before.from), lastDay(before), locale),
    partial: data.named.partial,
    generatedAt: when(request.now, true),
    expiresAt: when(request.expiresAt, true),
    headline: [
      { key: 'exchanges', label: say(m.exchanges), ...pair(data, 'exchanges') },
      { key: 'members', label: say(m.members), ...pair(data, 'members') },
      { key: 'organisations', label: say(m.organisations), ...pair(data, 'organisations') },
      { key: 'newTies', label: say(m.newTies), value: data.newLinks.length, previous: undefined },
    ],
    measures: measures(data, locale),
    trend: webTrend(data, locale),
    map: map ?? { nodes: [], edges: [], locale, title: network.name, seed: network.id },
    mapLabel: say(m.mapLabel, { days: MAP_DAYS, to: when(new Date(data.period.end.getTime() - 1)) }),
    blindSpots: {
      quietOrganisations: data.blindSpots.quietOrganisations.map((o) => o.name),
      unexploredThemes: data.blindSpots.unexploredThemes.map((code) => themeLabel(code, locale)),
      missingActorKinds: TERRITORY_ACTOR_KINDS.filter((k) =>
        data.blindSpots.missingActorKinds.includes(k.key),
      ).map((k) => k[locale]),
    },
    goals: await goals(repos, data, locale),
    closedPolls: data.closedPolls.map((poll) => webPoll(poll, data, locale)),
    cafe: {
      rounds: rounds.map((r) => ({ day: when(r.slot), groups: r.groups, meetings: r.meetings })),
      groups: rounds.reduce((sum, r) => sum + r.groups, 0),
      meetings: rounds.reduce((sum, r) => sum + r.meetings, 0),
    },
    otherLanguage: { locale: locale === 'fr' ? 'en' : 'fr', href: request.otherHref },
  };
}

const pair = (data: DigestData, key: 'exchanges' | 'members' | 'organisations') => ({
  value: data.activity.current[key],
  previous: data.activity.previous[key],
});

function measures(data: DigestData, locale: Locale): MeasureFigure[] {
  const say = sayer(locale);
  const now = measureWindow(data.facts, data.windows.period);
  const before = measureWindow(data.facts, data.windows.previous);
  const share = (x: NetworkMeasures) => {
    const all = x.crossTies + x.withinTies;
    return all === 0
      ? say(m.none)
      : `${Math.round((x.crossTies * 100) / all)}${locale === 'fr' ? '\u202f%' : '%'}`;
  };
  const ei = (x: NetworkMeasures) => (x.eiIndex === null ? say(m.none) : decimal(x.eiIndex, locale, true));
  return [
    {
      key: 'linked',
      label: say(m.linked),
      value: String(now.linked),
      previous: String(before.linked),
      help: say(m.linkedHelp, { organisations: now.organisations }),
    },
    {
      key: 'ties',
      label: say(m.ties),
      value: String(now.ties),
      previous: String(before.ties),
      help: say(m.tiesHelp),
    },
    {
      key: 'density',
      label: say(m.density),
      value: decimal(now.density, locale),
      previous: decimal(before.density, locale),
      help: say(m.densityHelp),
    },
    {
      key: 'crossShare',
      label: say(m.crossShare),
      value: share(now),
      previous: share(before),
      help: say(m.crossShareHelp),
    },
    { key: 'eiIndex', label: say(m.eiIndex), value: ei(now), previous: ei(before), help: say(m.eiHelp) },
  ];
}

function webTrend(data: DigestData, locale: Locale): WebDiagnostic['trend'] {
  const say = sayer(locale);
  const points = trend(data.facts, data.windows.months);
  const count = (key: TrendSeries['key'], label: string, pick: (p: (typeof points)[number]) => number) => ({
    key,
    label,
    values: points.map(pick),
    unit: 'count' as const,
  });
  return {
    months: points.map((p) => `${monthLabel(p, locale)} ${parseDay(p.window.from).year}`),
    // A month's window ends on the next month's first day, or earlier (the period's end) when cut short.
    lastPartial: !(points.at(-1)?.window.to.endsWith('-01') ?? true),
    series: [
      count('organisations', say(m.seriesOrganisations), (p) => p.organisations),
      count('linked', say(m.seriesLinked), (p) => p.linked),
      count('ties', say(m.seriesTies), (p) => p.ties),
      count('crossTies', say(m.seriesCross), (p) => p.crossTies),
      count('withinTies', say(m.seriesWithin), (p) => p.withinTies),
      { key: 'density', label: say(m.seriesDensity), values: points.map((p) => p.density), unit: 'ratio' },
    ],
  };
}

async function goals(repos: Repositories, data: DigestData, locale: Locale): Promise<WebGoal[]> {
  const zone = data.network.timeZone;
  const exchanges = new Map(data.goalExchanges.map((g) => [g.ref, g.exchanges]));
  const out: WebGoal[] = [];
  for (const goal of await repos.goals.list(data.network.id)) {
    const updates = (await repos.goals.listUpdates(data.network.id, goal.id)).filter(
      (u) => u.kind === 'indicator' && u.createdAt < data.period.end,
    );
    out.push({
      ref: goal.ref,
      title: goal.title,
      status: localized(locale, statusLabels[goal.status]),
      exchanges: exchanges.get(goal.ref) ?? 0,
      indicators: updates.slice(-INDICATORS_SHOWN).map((u) => ({
        day: formatDate(u.createdAt, { timeZone: zone, locale }),
        isoDay: u.createdAt.toISOString().slice(0, 10),
        text: 'text' in u ? u.text : '',
      })),
    });
  }
  return out;
}

/** A closed poll's results, hidden below its anonymity threshold exactly as in chat. */
function webPoll(poll: Poll, data: DigestData, locale: Locale): WebPoll {
  const say = sayer(locale);
  const participants = poll.participants ?? 0;
  const hidden = breakdownHidden(poll, participants, data.network);
  const tally = { participants, counts: new Map<string, number>(), voters: undefined };
  const results = optionResults(poll, tally);
  return {
    ref: poll.ref,
    question: poll.question,
    closedOn: formatDate(poll.closedAt ?? poll.closesAt, { timeZone: data.network.timeZone, locale }),
    anonymous: poll.anonymous,
    participants: hidden ? null : participants,
    hiddenReason: hidden
      ? say(m.pollFew, { min: breakdownMin(poll, data.network) })
      : participants === 0
        ? say(m.pollNone)
        : undefined,
    options: results.map((r) => ({ label: r.option.label, votes: hidden ? null : r.votes })),
  };
}
