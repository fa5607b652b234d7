// A member of a space's network named in words, with their user id in that space: what the
// shell's `as NAME` needs to act as someone who already exists instead of creating a twin.
import type { Member, Space } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { candidateList, membersNamed } from './members-named.ts';

export type MemberLookup =
  /** `externalId`: their user id in the space, if they have one there. */
  | { kind: 'one'; member: Member; externalId: string | undefined }
  /** Several fit: `candidates` lists them (with their organisation), `example` is the first's name. */
  | { kind: 'several'; candidates: string; example: string; sameName: boolean }
  | { kind: 'none' };

export async function lookUpMember(repos: Repositories, space: Space, name: string): Promise<MemberLookup> {
  const match = membersNamed(name, await repos.members.list(space.networkId));
  if (match.kind === 'none') return match;
  if (match.kind === 'several') {
    const organisations = await repos.organisations.list(space.networkId);
    const candidates = candidateList(match.members, organisations);
    const example = match.members[0]?.displayName ?? name;
    return { kind: 'several', candidates, example, sameName: match.sameName };
  }
  const externalId = await repos.members.externalIdIn(space, match.member.id);
  return { kind: 'one', member: match.member, externalId };
}
