// Two or three things to do, drawn from the digest's figures, each saying why: a quiet
// organisation to invite to the next café round, a goal with nothing for four weeks to take
// stock of with its author, a missing kind of local actor and who might reach it. Each comes
// with a button that runs the command it suggests (facilitators' commands still check who
// presses them).
import { formatDate } from '../args/format-date.ts';
import type { Say } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Button } from '../message.ts';
import { TERRITORY_ACTOR_KINDS } from '../reference/territory-actors.ts';
import type { DigestData } from './digest-data.ts';
import { suggestionMessages as m } from './suggestion-messages.ts';

export interface Suggestion {
  text: string;
  button: Button;
}

const MAX = 3;

/** The same pick all week, another the next: the period's end day turns the list. */
function rotate<T>(items: readonly T[], data: DigestData): T[] {
  if (items.length === 0) return [];
  const turn = Math.floor(data.period.end.getTime() / 86_400_000) % items.length;
  return [...items.slice(turn), ...items.slice(0, turn)];
}

const quoted = (name: string) => `"${name.replaceAll('"', '')}"`;

function quietOrganisations(data: DigestData, say: Say, locale: Locale): Suggestion[] {
  return rotate(data.blindSpots.quietOrganisations, data).map((organisation) => ({
    text: say(m.quiet, { organisation: organisation.name }),
    button: {
      label: say(m.quietButton),
      command: `${locale === 'fr' ? 'cafe inviter' : 'coffee invite'} ${quoted(organisation.name)}`,
    },
  }));
}

function idleGoals(data: DigestData, say: Say, locale: Locale): Suggestion[] {
  const oldestFirst = [...data.idleGoals].sort((a, b) => a.lastActivity.getTime() - b.lastActivity.getTime());
  return oldestFirst.map((goal) => ({
    text: say(goal.author ? m.idleGoal : m.idleGoalNoAuthor, {
      ref: goal.ref,
      title: goal.title,
      author: goal.author ?? '',
      since: formatDate(goal.lastActivity, { timeZone: data.network.timeZone, locale }),
    }),
    button: {
      label: say(m.goalButton, { ref: goal.ref }),
      command: `${locale === 'fr' ? 'but' : 'goal'} ${goal.ref}`,
    },
  }));
}

function missingActors(data: DigestData, say: Say, locale: Locale): Suggestion[] {
  const kinds = TERRITORY_ACTOR_KINDS.filter((kind) => data.blindSpots.missingActorKinds.includes(kind.key));
  return rotate(kinds, data).map((kind) => ({
    text: say(m.missingActor, { kind: kind[locale], who: kind.reachedBy[locale] }),
    button: {
      label: say(m.whoButton),
      command: `${locale === 'fr' ? 'qui' : 'who'} ${kind.reachedBy.search}`,
    },
  }));
}

/** At most three, one of each kind first, then more of the first kinds. */
export function digestSuggestions(data: DigestData, say: Say, locale: Locale): Suggestion[] {
  const lists = [
    quietOrganisations(data, say, locale),
    idleGoals(data, say, locale),
    missingActors(data, say, locale),
  ];
  const picked: Suggestion[] = [];
  for (let round = 0; picked.length < MAX && lists.some((list) => list.length > round); round++)
    for (const list of lists) {
      const next = list[round];
      if (next && picked.length < MAX) picked.push(next);
    }
  return picked;
}
