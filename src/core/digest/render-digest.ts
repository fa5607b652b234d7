// The digest as a neutral message: one text block per section that has something to say,
// lists capped so the message stays within every platform's limits.
import { EN_MONTHS, FR_MONTHS, formatDate } from '../args/format-date.ts';
import type { CivilDate } from '../args/zoned-time.ts';
import { statusLabels } from '../goals/messages.ts';
import { type Bilingual, joinList, type Say, sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { type Block, buttons, context, header, type Message, publicMessage, text } from '../message.ts';
import type { GoalStatus, Poll } from '../model.ts';
import { breakdownHidden, breakdownMin, optionResults, roundPercent } from '../polls/poll-results.ts';
import { participantsLabel, votesLabel } from '../polls/render-poll.ts';
import { TERRITORY_ACTOR_KINDS } from '../reference/territory-actors.ts';
import { themeLabel } from '../reference/themes.ts';
import type { ActivityFigures, DigestData } from './digest-data.ts';
import { digestMessages as m } from './messages.ts';
import { networkSection } from './network-section.ts';
import { lastDay, parseDay } from './period.ts';
import { suggestionMessages } from './suggestion-messages.ts';
import { digestSuggestions } from './suggestions.ts';

/** The most items a list shows before « et N autres ». */
export const LIST_CAP = 10;

/** « et 1 autre », « et 3 autres ». */
const more = (say: Say, count: number) => (count === 1 ? say(m['one-more']) : say(m.more, { count }));

function capped(items: readonly string[], say: Say, cap = LIST_CAP): string[] {
  if (items.length <= cap) return [...items];
  return [...items.slice(0, cap), more(say, items.length - cap)];
}

/** « a, b et c »; past the cap, « a, b, … et N autres ». */
function inline(items: readonly string[], say: Say, locale: Locale): string {
  if (items.length <= LIST_CAP) return joinList(locale, items);
  return `${items.slice(0, LIST_CAP).join(', ')} ${more(say, items.length - LIST_CAP)}`;
}

function monthName(date: CivilDate, locale: Locale): string {
  return (locale === 'fr' ? FR_MONTHS : EN_MONTHS)[date.month - 1] ?? '';
}

const dayNumber = (date: CivilDate, locale: Locale) =>
  locale === 'fr' && date.day === 1 ? '1er' : String(date.day);

/** « 16 au 22 novembre », « 30 novembre au 6 décembre », with years when they differ. */
export function rangeLabel(first: CivilDate, last: CivilDate, locale: Locale): string {
  const say = sayer(locale);
  const params = {
    first: dayNumber(first, locale),
    last: dayNumber(last, locale),
    firstMonth: monthName(first, locale),
    lastMonth: monthName(last, locale),
    firstYear: first.year,
    lastYear: last.year,
  };
  if (first.year !== last.year) return say(m['range-years'], params);
  if (first.month !== last.month) return say(m['range-same-year'], params);
  return say(m['range-same-month'], { ...params, month: params.lastMonth });
}

export function digestTitle(data: DigestData, locale: Locale): string {
  const say = sayer(locale);
  const first = parseDay(data.days.from);
  const last = lastDay(data.days);
  const { kind, partial } = data.named;
  const running = partial ? say(m['title-running']) : '';
  if (kind === 'month')
    return say(m['title-month'], { month: fullMonth(first, locale), year: first.year, running });
  if (kind === 'quarter')
    return say(m['title-quarter'], { quarter: quarterLabel(first, locale), year: first.year, running });
  const span =
    Math.round(
      (Date.UTC(last.year, last.month - 1, last.day) - Date.UTC(first.year, first.month - 1, first.day)) /
        86_400_000,
    ) + 1;
  if (span <= 1)
    return say(m['title-day'], { range: `${dayNumber(last, locale)} ${monthName(last, locale)}` }) + running;
  const weekly = kind === 'week' || (kind === 'days' && span === 7);
  return (
    say(weekly ? m['title-week'] : m['title-period'], { range: rangeLabel(first, last, locale) }) + running
  );
}

const EN_FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** fr « 1er », « 4e »; en « Q4 ». */
function quarterLabel(date: CivilDate, locale: Locale): string {
  const quarter = Math.floor((date.month - 1) / 3) + 1;
  if (locale === 'en') return `Q${quarter}`;
  return quarter === 1 ? '1er' : `${quarter}e`;
}

const fullMonth = (date: CivilDate, locale: Locale) =>
  (locale === 'fr' ? FR_MONTHS : EN_FULL_MONTHS)[date.month - 1] ?? '';

function counted(say: Say, locale: Locale, count: number, one: Bilingual, many: Bilingual): string {
  const singular = count === 1 || (locale === 'fr' && count === 0);
  return say(singular ? one : many, { count });
}

function activitySection(data: DigestData, say: Say, locale: Locale): string | undefined {
  const { current, previous } = data.activity;
  if (current.exchanges === 0 && previous.exchanges === 0) return undefined;
  const line = (key: keyof ActivityFigures, one: Bilingual, many: Bilingual) => {
    const now = current[key];
    const before = previous[key];
    const trend = now > before ? m.up : now < before ? m.down : m.stable;
    return say(m['activity-line'], {
      figure: counted(say, locale, now, one, many),
      trend: say(trend, { previous: before }),
    });
  };
  return [
    say(m['activity-title']),
    line('exchanges', m['exchanges-one'], m['exchanges-many']),
    line('members', m['members-one'], m['members-many']),
    line('organisations', m['organisations-one'], m['organisations-many']),
  ].join('\n');
}

function linksSection(data: DigestData, say: Say): string | undefined {
  if (data.newLinks.length === 0) return undefined;
  const lines = data.newLinks.map((link) =>
    say(m['link-line'], { first: link.first.name, second: link.second.name }),
  );
  return [say(m['links-title']), say(m['links-intro']), ...capped(lines, say)].join('\n');
}

function blindSpotsSection(data: DigestData, say: Say, locale: Locale): string | undefined {
  const { quietOrganisations, unexploredThemes, missingActorKinds } = data.blindSpots;
  const lines: string[] = [];
  if (quietOrganisations.length > 0) {
    lines.push(
      say(m['blind-quiet'], {
        list: inline(
          quietOrganisations.map((o) => o.name),
          say,
          locale,
        ),
      }),
    );
  }
  if (unexploredThemes.length > 0) {
    const labels = unexploredThemes.map((code) => themeLabel(code, locale));
    lines.push(say(m['blind-themes'], { list: inline(labels, say, locale) }));
  }
  const kinds = TERRITORY_ACTOR_KINDS.filter((kind) => missingActorKinds.includes(kind.key));
  if (kinds.length > 0) {
    lines.push(
      say(m['blind-actors'], {
        list: inline(
          kinds.map((kind) => kind[locale]),
          say,
          locale,
        ),
      }),
    );
  }
  return lines.length === 0 ? undefined : [say(m['blind-title']), ...lines].join('\n');
}

function newcomersSection(data: DigestData, say: Say, locale: Locale): string | undefined {
  if (data.newcomers.length === 0) return undefined;
  const lines = data.newcomers.map((newcomer) => {
    const themes = newcomer.themes.map((code) => themeLabel(code, locale));
    const details = [newcomer.organisation, themes.length > 0 ? themes.join(', ') : null].filter(
      (part): part is string => part !== null,
    );
    return details.length === 0
      ? say(m['newcomer-line'], { name: newcomer.name })
      : say(m['newcomer-details'], { name: newcomer.name, details: details.join(' · ') });
  });
  return [say(m['newcomers-title']), ...capped(lines, say)].join('\n');
}

/** A closed poll's result, hidden below the anonymity threshold exactly as its results message. */
function closedPollLines(poll: Poll, data: DigestData, say: Say, locale: Locale): string[] {
  const participants = poll.participants ?? 0;
  const head = say(m['poll-closed'], { question: poll.question, ref: poll.ref });
  if (participants === 0) return [head, say(m['poll-none'])];
  if (breakdownHidden(poll, participants, data.network)) {
    return [head, say(m['poll-few'], { min: breakdownMin(poll, data.network) })];
  }
  const tally = { participants, counts: new Map<string, number>(), voters: undefined };
  const results = optionResults(poll, tally).map(({ option, votes, percent }) =>
    say(m['poll-result'], {
      label: option.label,
      votes: votesLabel(votes, locale),
      percent: roundPercent(percent),
    }),
  );
  return [
    head,
    ...results,
    say(m['poll-participants'], { participants: participantsLabel(participants, locale) }),
  ];
}

const POLLS_CAP = 5;

function pollsSection(data: DigestData, say: Say, locale: Locale): string | undefined {
  if (data.closedPolls.length === 0 && data.openPolls.length === 0) return undefined;
  const closed = data.closedPolls
    .slice(0, POLLS_CAP)
    .flatMap((poll) => closedPollLines(poll, data, say, locale));
  if (data.closedPolls.length > POLLS_CAP) closed.push(more(say, data.closedPolls.length - POLLS_CAP));
  const open = data.openPolls.map((poll) =>
    say(m['poll-open'], {
      question: poll.question,
      ref: poll.ref,
      date: formatDate(poll.closesAt, { timeZone: data.network.timeZone, locale, withTime: true }),
    }),
  );
  return [say(m['polls-title']), ...closed, ...capped(open, say, POLLS_CAP)].join('\n');
}

function goalsSection(data: DigestData, say: Say, locale: Locale): string | undefined {
  const status = (value: string) => statusLabels[value as GoalStatus]?.[locale] ?? value;
  const changes = data.goalChanges
    .filter((change) => change.from !== change.to)
    .map((change) =>
      change.from === null
        ? say(m['goal-now'], { ref: change.ref, title: change.title, to: status(change.to) })
        : say(m['goal-change'], {
            ref: change.ref,
            title: change.title,
            from: status(change.from),
            to: status(change.to),
          }),
    );
  const attached = data.goalExchanges.map((goal) =>
    say(m['goal-exchanges'], {
      ref: goal.ref,
      title: goal.title,
      exchanges: counted(say, locale, goal.exchanges, m['attached-one'], m['attached-many']),
    }),
  );
  if (changes.length === 0 && attached.length === 0) return undefined;
  return [say(m['goals-title']), ...capped(changes, say), ...capped(attached, say)].join('\n');
}

function cafeSection(data: DigestData, say: Say): string | undefined {
  const { groups, meetings } = data.cafe;
  if (groups === 0 && meetings === 0) return undefined;
  const lines = [say(m['cafe-title'])];
  if (groups > 0) lines.push(groups === 1 ? say(m['cafe-group']) : say(m['cafe-groups'], { count: groups }));
  if (meetings > 0)
    lines.push(meetings === 1 ? say(m['cafe-meeting']) : say(m['cafe-meetings'], { count: meetings }));
  return lines.join('\n');
}

function acronymSection(data: DigestData, say: Say): string | undefined {
  if (!data.acronym) return undefined;
  return [say(m['acronym-title']), say(m['acronym-line'], { ...data.acronym })].join('\n');
}

/** The suggestions, each a line, with their buttons under them. */
function suggestionBlocks(data: DigestData, say: Say, locale: Locale): Block[] {
  const found = digestSuggestions(data, say, locale);
  if (found.length === 0) return [];
  return [
    text([say(suggestionMessages.title), ...found.map((s) => s.text)].join('\n')),
    buttons(...found.map((s) => s.button)),
  ];
}

/** Nothing happened in the period: no exchange, no arrival, no poll closed, no goal moved. */
export function isQuietPeriod(data: DigestData): boolean {
  return (
    data.activity.current.exchanges === 0 &&
    data.newcomers.length === 0 &&
    data.closedPolls.length === 0 &&
    data.cafe.groups === 0 &&
    data.cafe.meetings === 0 &&
    data.goalChanges.every((change) => change.from === change.to)
  );
}

export function renderDigest(data: DigestData, locale: Locale): Message {
  const say = sayer(locale);
  const blocks: Block[] = [header(digestTitle(data, locale))];
  if (isQuietPeriod(data)) {
    blocks.push(text(say(m.empty)));
    // A quiet week is when the blind spots matter most: they stay, with what is still open.
    const still = [
      pollsSection(data, say, locale),
      networkSection(data, say, locale),
      blindSpotsSection(data, say, locale),
    ];
    for (const section of still) if (section !== undefined) blocks.push(text(section));
    blocks.push(...suggestionBlocks(data, say, locale));
    const acronym = acronymSection(data, say);
    if (acronym !== undefined) blocks.push(text(acronym));
    return publicMessage(...blocks);
  }
  blocks.push(context(say(m.intro, { network: data.network.name })));
  const sections = [
    activitySection(data, say, locale),
    linksSection(data, say),
    newcomersSection(data, say, locale),
    goalsSection(data, say, locale),
    pollsSection(data, say, locale),
    cafeSection(data, say),
    networkSection(data, say, locale),
    blindSpotsSection(data, say, locale),
  ];
  for (const section of sections) if (section !== undefined) blocks.push(text(section));
  blocks.push(...suggestionBlocks(data, say, locale));
  const acronym = acronymSection(data, say);
  if (acronym !== undefined) blocks.push(text(acronym));
  return publicMessage(...blocks);
}
