// The diagnostic permanent of one period, as a message: gathers the aggregates through the
// repositories (set-based queries, never a note), then renders them in `locale`.
import { definitionOf, networkGlossary } from '../glossary/network-glossary.ts';
import type { Locale } from '../locale.ts';
import type { Message } from '../message.ts';
import type { Network } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { TERRITORY_ACTOR_KINDS } from '../reference/territory-actors.ts';
import type { AcronymOfWeek, DigestData } from './digest-data.ts';
import type { NamedPeriod } from './digest-periods.ts';
import { digestPicture } from './digest-picture.ts';
import { networkWindows } from './network-windows.ts';
import { type DigestPeriod, isoWeek, lastDay, periodDays, previousPeriod } from './period.ts';
import { renderDigest } from './render-digest.ts';

export type { DigestPeriod } from './period.ts';

/** A plain period (tests, benchmarks) is compared with the same length just before. */
function namedOf(period: DigestPeriod | NamedPeriod): NamedPeriod {
  if ('period' in period) return period;
  return { kind: 'days', period, previous: previousPeriod(period), partial: false };
}

/** Blind spots look back this far from the period end. */
const BLIND_SPOT_WINDOW_MS = 28 * 86_400_000;
/** A goal with nothing for this long is suggested to its author. */
const IDLE_GOAL_MS = 28 * 86_400_000;

/** The same entry all week, another the next: the ISO week of the period's last day picks it. */
async function acronymOfWeek(
  repos: Repositories,
  network: Network,
  data: Pick<DigestData, 'days'>,
  locale: Locale,
): Promise<AcronymOfWeek | undefined> {
  const { entries } = await networkGlossary(repos, network.id);
  if (entries.length === 0) return undefined;
  const { year, week } = isoWeek(lastDay(data.days));
  const entry = entries[(year * 53 + week) % entries.length];
  return entry ? { term: entry.term, definition: definitionOf(entry, locale) } : undefined;
}

export async function gatherDigest(
  repos: Repositories,
  network: Network,
  asked: DigestPeriod | NamedPeriod,
  locale: Locale,
): Promise<DigestData> {
  const named = namedOf(asked);
  const { period } = named;
  const zone = network.timeZone;
  const days = periodDays(period, zone);
  const window = periodDays(
    { start: new Date(period.end.getTime() - BLIND_SPOT_WINDOW_MS), end: period.end },
    zone,
  );
  const id = network.id;
  const activity = await repos.digest.activity(id, days, periodDays(named.previous, zone));
  const windows = networkWindows(named, zone);
  const facts = await repos.digest.networkFacts(id, windows.ranges, zone);
  const idleGoals = await repos.digest.idleGoals(id, new Date(period.end.getTime() - IDLE_GOAL_MS));
  const newLinks = await repos.digest.newLinks(id, days);
  const quietOrganisations = await repos.digest.quietOrganisations(id, window);
  const unexploredThemes = await repos.digest.unexploredThemes(id, window);
  const types = new Set(await repos.digest.organisationTypes(id));
  const missingActorKinds = TERRITORY_ACTOR_KINDS.filter(
    (kind) => !kind.typeCodes.some((code) => types.has(code)),
  ).map((kind) => kind.key);
  const newcomers = await repos.digest.newcomers(id, period);
  const goalChanges = await repos.digest.goalChanges(id, period);
  const goalExchanges = await repos.digest.goalExchanges(id, days);
  const polls = await repos.digest.polls(id, period);
  return {
    network,
    period,
    named,
    days,
    facts,
    windows: windows.indexes,
    idleGoals,
    activity,
    newLinks,
    blindSpots: { quietOrganisations, unexploredThemes, missingActorKinds },
    newcomers,
    closedPolls: polls.closed,
    openPolls: polls.open,
    goalChanges,
    goalExchanges,
    acronym: await acronymOfWeek(repos, network, { days }, locale),
    cafe: await repos.cafe.stats(id, period),
  };
}

export async function digestMessage(
  repos: Repositories,
  network: Network,
  period: DigestPeriod | NamedPeriod,
  locale: Locale,
  { picture = false } = {},
): Promise<Message> {
  const data = await gatherDigest(repos, network, period, locale);
  const message = renderDigest(data, locale);
  return picture ? { ...message, picture: digestPicture(data, locale) } : message;
}
