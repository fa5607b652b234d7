// One café round: who takes part (opted in and reachable where the café is held), the
// pairing, the round stored with its groups; and the people of a round, for the messages.
import { localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { type Message, publicMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import type { CafeGroup, Repositories } from '../ports.ts';
import type { Person } from './introductions.ts';
import { cafeMessages as m } from './messages.ts';
import { pairMembers } from './pairing.ts';

/** Pairs of the last this many rounds are not repeated when it can be helped. */
export const REMEMBERED_ROUNDS = 4;

export async function formRound(repos: Repositories, network: Network, slot: Date, seed: string) {
  const spaceId = network.cafeSpaceId;
  if (!spaceId) return undefined;
  const candidates = await repos.cafe.optedIn(network.id, spaceId);
  // One query at a time: a transaction is one session.
  const recentPairs = await repos.cafe.recentPairs(network.id, REMEMBERED_ROUNDS);
  const metOrganisations = await repos.cafe.metOrganisations(network.id);
  const result = pairMembers({ members: candidates, recentPairs, metOrganisations, seed });
  return repos.cafe.createRound(network.id, {
    slot,
    spaceId,
    channelId: network.cafeChannelId,
    groups: result.groups,
  });
}

/** What the café channel reads about a round. */
export function announcement(groups: readonly CafeGroup[], locale: Locale): Message {
  if (groups.length === 0) return publicMessage(text(localized(locale, m.tooFew)));
  const people = groups.reduce((sum, g) => sum + g.seats.length, 0);
  const count =
    groups.length === 1
      ? localized(locale, m.groupCount)
      : localized(locale, m.groupsCount, { count: groups.length });
  return publicMessage(text(localized(locale, m.announced, { groups: count, people })));
}

/** Every member of the network with their organisation's name, by id. */
export async function peopleOf(repos: Repositories, networkId: string): Promise<Map<string, Person>> {
  const members = await repos.members.list(networkId);
  const organisations = await repos.organisations.list(networkId);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return new Map(
    members.map((member) => [
      member.id,
      { member, organisation: member.organisationId ? (names.get(member.organisationId) ?? null) : null },
    ]),
  );
}
