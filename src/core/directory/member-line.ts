// One member as `qui` lists them: name, role, organisation, territory, themes.
import type { Locale } from '../locale.ts';
import type { Member, Organisation } from '../model.ts';
import { themeLabel } from '../reference/themes.ts';
import { organisationLine } from './profile-card.ts';

export function memberLine(
  member: Member,
  organisations: ReadonlyMap<string, Organisation>,
  locale: Locale,
): string {
  const org = member.organisationId ? organisations.get(member.organisationId) : undefined;
  const details = [member.roleTitle, organisationLine(org, locale), member.territory]
    .filter(Boolean)
    .join(' · ');
  const themes = member.themes.map((t) => themeLabel(t, locale)).join(', ');
  return `• **${member.displayName}**${details ? ` — ${details}` : ''}${themes ? ` — _${themes}_` : ''}`;
}
