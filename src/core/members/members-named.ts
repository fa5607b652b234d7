// Which members a typed name designates: the exact name (accents and capitals aside), else
// the members whose name starts with it as whole words (`Marie` for « Marie Dupont »). Never a
// near spelling: callers that forgive typos only suggest, they do not choose.
import type { Member, Organisation } from '../model.ts';
import { fold } from '../text/fold.ts';

export type NameMatch =
  | { kind: 'one'; member: Member }
  /** Two members or more fit: say so, never pick one. */
  | { kind: 'several'; members: Member[]; sameName: boolean }
  | { kind: 'none' };

export function membersNamed(name: string, members: readonly Member[]): NameMatch {
  const key = fold(name);
  if (key === '') return { kind: 'none' };
  const exact = members.filter((m) => fold(m.displayName) === key);
  const found = exact.length > 0 ? exact : members.filter((m) => fold(m.displayName).startsWith(`${key} `));
  const [first] = found;
  if (!first) return { kind: 'none' };
  if (found.length === 1) return { kind: 'one', member: first };
  return { kind: 'several', members: found, sameName: exact.length > 1 };
}

const LISTED = 8;

/** « Marie Curie (Mission locale de Cergy), Marie Dupont » — the organisation tells homonyms apart. */
export function candidateList(members: readonly Member[], organisations: readonly Organisation[]): string {
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const shown = members.slice(0, LISTED).map((m) => {
    const organisation = m.organisationId ? names.get(m.organisationId) : undefined;
    return organisation ? `${m.displayName} (${organisation})` : m.displayName;
  });
  if (members.length > LISTED) shown.push(`… (+${members.length - LISTED})`);
  return shown.join(', ');
}
