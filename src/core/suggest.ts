// Suggestions while someone types (Discord autocomplete): organisations, goals, open polls
// and a poll's options of the visitor's network, organisation types, themes, time zones.
// Read-only: an unknown space gets reference data only, and nothing is created.
import type { Locale } from './locale.ts';
import type { Platform } from './model.ts';
import type { Repositories, Store } from './ports.ts';
import { ORGANISATION_TYPES } from './reference/organisation-types.ts';
import { THEMES } from './reference/themes.ts';
import { fold } from './text/fold.ts';

export const SUGGESTION_KINDS = [
  'organisation',
  'organisation-type',
  'theme',
  'goal',
  'open-poll',
  'poll-option',
  'time-zone',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** What the person sees (`name`) and what the option then holds (`value`). */
export interface Suggestion {
  name: string;
  value: string | number;
}

export interface SuggestionRequest {
  platform: Platform;
  /** The platform's id of the space (a Discord guild). */
  spaceExternalId: string;
  kind: SuggestionKind;
  /** What was typed so far. */
  typed: string;
  locale: Locale;
  /** For `poll-option`: the poll's number. */
  pollRef?: number | undefined;
  now: Date;
}

/** Platforms cap the list (Discord: 25) and each name and value (Discord: 100 characters). */
export const MAX_SUGGESTIONS = 25;
const MAX_TEXT = 100;

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
const matches = (candidate: string, typed: string) => fold(candidate).includes(fold(typed));

export async function suggest(store: Store, request: SuggestionRequest): Promise<Suggestion[]> {
  const found = await fromReference(request);
  const list = found ?? (await store.run((repos) => fromNetwork(repos, request)));
  return list
    .filter((s) => String(s.value).length <= MAX_TEXT)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => ({ name: cut(s.name), value: s.value }));
}

function fromReference(request: SuggestionRequest): Suggestion[] | undefined {
  const { kind, typed, locale } = request;
  switch (kind) {
    case 'organisation-type':
      return ORGANISATION_TYPES.filter(
        (type) => fold(type.code).startsWith(fold(typed)) || matches(type[locale], typed),
      ).map((type) => ({ name: `${type.code} — ${type[locale]}`, value: type.code }));
    case 'theme':
      return themeSuggestions(typed, locale);
    case 'time-zone':
      return Intl.supportedValuesOf('timeZone')
        .filter((zone) => matches(zone, typed.replace(/ /g, '_')))
        .map((zone) => ({ name: zone, value: zone }));
    default:
      return undefined;
  }
}

/** Themes are a comma-separated list: the last item is completed, the ones before are kept. */
function themeSuggestions(typed: string, locale: Locale): Suggestion[] {
  const cut = typed.lastIndexOf(',');
  const before = cut < 0 ? '' : `${typed.slice(0, cut + 1).trim()} `;
  const last = typed.slice(cut + 1).trim();
  return THEMES.filter((theme) => matches(theme[locale], last) || fold(theme.code).startsWith(fold(last)))
    .sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null))
    .map((theme) => ({ name: `${before}${theme[locale]}`, value: `${before}${theme[locale]}` }));
}

async function fromNetwork(repos: Repositories, request: SuggestionRequest): Promise<Suggestion[]> {
  const found = await repos.networks.findSpace(request.platform, request.spaceExternalId);
  if (!found) return [];
  const networkId = found.network.id;
  const { typed } = request;
  switch (request.kind) {
    case 'organisation':
      return (await repos.organisations.list(networkId))
        .filter((org) => matches(org.name, typed) || fold(org.typeCode) === fold(typed))
        .map((org) => ({ name: `${org.name} (${org.typeCode})`, value: org.name }));
    case 'goal':
      return (await repos.goals.list(networkId))
        .filter((goal) => String(goal.ref).startsWith(typed) || matches(goal.title, typed))
        .map((goal) => ({ name: `${goal.ref} · ${goal.title}`, value: goal.ref }));
    case 'open-poll':
      return (await repos.polls.listOpen(networkId))
        .filter((poll) => poll.closesAt > request.now)
        .filter((poll) => String(poll.ref).startsWith(typed) || matches(poll.question, typed))
        .map((poll) => ({ name: `${poll.ref} · ${poll.question}`, value: poll.ref }));
    case 'poll-option': {
      const poll =
        request.pollRef === undefined ? undefined : await repos.polls.getByRef(networkId, request.pollRef);
      return (poll?.options ?? [])
        .filter((option) => String(option.position) === typed.trim() || matches(option.label, typed))
        .map((option) => ({ name: `${option.position} · ${option.label}`, value: String(option.position) }));
    }
    default:
      return [];
  }
}
