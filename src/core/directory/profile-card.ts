import { sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { context, fields, header, type Message, privateMessage } from '../message.ts';
import type { Member, Organisation } from '../model.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import { themeLabel } from '../reference/themes.ts';
import { directoryMessages as m } from './messages.ts';

/** « PRE de Cergy — Programme de Réussite Éducative (PRE) »: the type's label has its own brackets. */
export function organisationLine(organisation: Organisation | undefined, locale: Locale): string | undefined {
  if (!organisation) return undefined;
  return `${organisation.name} — ${organisationTypeLabel(organisation.typeCode, locale)}`;
}

/** What the member can still fill in, or that the profile is complete. */
function ownHint(
  member: Member,
  organisation: Organisation | undefined,
  say: ReturnType<typeof sayer>,
): string {
  const missing = [
    [organisation, m.hintOrganisation],
    [member.roleTitle, m.hintRole],
    [member.territory, m.hintTerritory],
    [member.themes.length > 0, m.hintThemes],
    [member.helpOffer, m.hintHelp],
  ] as const;
  const commands = missing.filter(([value]) => !value).map(([, hint]) => say(hint));
  return commands.length === 0 ? say(m.ownComplete) : say(m.ownHint, { commands: commands.join(', ') });
}

export function profileCard(
  member: Member,
  organisation: Organisation | undefined,
  locale: Locale,
  own: boolean,
): Message {
  const say = sayer(locale);
  const orEmpty = (value: string | null | undefined) => (value ? value : say(m.notSet));
  const message = privateMessage(
    header(say(m.profileTitle, { name: member.displayName })),
    fields([
      { label: say(m.organisation), value: orEmpty(organisationLine(organisation, locale)) },
      { label: say(m.role), value: orEmpty(member.roleTitle) },
      { label: say(m.territory), value: orEmpty(member.territory) },
      { label: say(m.themes), value: orEmpty(member.themes.map((t) => themeLabel(t, locale)).join(', ')) },
      { label: say(m.help), value: orEmpty(member.helpOffer) },
    ]),
  );
  if (own) message.blocks.push(context(ownHint(member, organisation, say)));
  return message;
}
