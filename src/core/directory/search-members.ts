// Directory search: every word typed must appear somewhere in a member's profile
// (name, organisation and its type, role, territory, themes, help offer), ignoring
// accents and case.
import type { Member, Organisation } from '../model.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import { themeLabel } from '../reference/themes.ts';
import { fold } from '../text/fold.ts';

function haystack(member: Member, organisation: Organisation | undefined): string {
  const parts = [
    member.displayName,
    member.roleTitle,
    member.territory,
    member.helpOffer,
    ...member.themes.flatMap((code) => [code, themeLabel(code, 'fr'), themeLabel(code, 'en')]),
  ];
  if (organisation) {
    parts.push(
      organisation.name,
      organisation.typeCode,
      organisationTypeLabel(organisation.typeCode, 'fr'),
      organisationTypeLabel(organisation.typeCode, 'en'),
    );
  }
  return fold(parts.filter(Boolean).join(' | '));
}

export function searchMembers(
  terms: readonly string[],
  members: readonly Member[],
  organisations: ReadonlyMap<string, Organisation>,
): Member[] {
  const keys = terms.map(fold).filter((k) => k.length > 0);
  if (keys.length === 0) return [];
  return members.filter((member) => {
    const text = haystack(
      member,
      member.organisationId ? organisations.get(member.organisationId) : undefined,
    );
    return keys.every((key) => text.includes(key));
  });
}
