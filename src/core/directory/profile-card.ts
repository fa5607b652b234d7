import { sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { context, fields, header, type Message, privateMessage } from '../message.ts';
import type { Member, Organisation } from '../model.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import { themeLabel } from '../reference/themes.ts';
import { directoryMessages as m } from './messages.ts';

export function organisationLine(organisation: Organisation | undefined, locale: Locale): string | undefined {
  if (!organisation) return undefined;
  return `${organisation.name} (${organisationTypeLabel(organisation.typeCode, locale)})`;
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
  if (own) message.blocks.push(context(say(m.ownHint)));
  return message;
}
