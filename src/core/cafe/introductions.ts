// The private messages of a café round: each person is introduced to the others of their
// group (organisation, role, themes) with a conversation starter drawn from the themes
// they share, or from two that complement each other; and, a week later, "did you meet?".
import { type Bilingual, joinList, localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { buttons, context, header, type Message, privateMessage, text } from '../message.ts';
import type { Member } from '../model.ts';
import { themeLabel } from '../reference/themes.ts';
import { cafeMessages as m } from './messages.ts';

export interface Person {
  member: Member;
  organisation: string | null;
}

function about(person: Person, locale: Locale): string {
  const details = [
    person.organisation,
    person.member.roleTitle,
    person.member.themes.length > 0
      ? localized(locale, m.themesOf, {
          themes: joinList(
            locale,
            person.member.themes.slice(0, 4).map((code) => themeLabel(code, locale)),
          ),
        })
      : null,
  ].filter((d): d is string => Boolean(d));
  return details.length > 0 ? localized(locale, m.introAbout, { details: details.join(', ') }) : '';
}

const bullets = (people: readonly Person[], locale: Locale) =>
  people.map((p) => `• **${p.member.displayName}**${about(p, locale)}`).join('\n');

/** A starter from the group's themes: one they share, else one of each of two people, else a generic one. */
export function starter(people: readonly Person[], locale: Locale): string {
  const counts = new Map<string, number>();
  for (const p of people)
    for (const theme of new Set(p.member.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  const shared = [...counts]
    .filter(([, n]) => n >= 2)
    .map(([theme]) => theme)
    .sort()[0];
  if (shared)
    return localized(locale, people.length > 2 ? m.starterSharedGroup : m.starterShared, {
      theme: themeLabel(shared, locale),
    });
  const [a, b] = people;
  const first = a?.member.themes[0];
  const second = b?.member.themes.find((theme) => theme !== first);
  if (first && second)
    return localized(locale, m.starterComplementary, {
      first: themeLabel(first, locale),
      second: themeLabel(second, locale),
    });
  return localized(locale, m.starterGeneric);
}

const say = (locale: Locale, message: Bilingual, params?: Record<string, string | number>) =>
  localized(locale, message, params);

/**
 * When everyone in the group is of one organisation (nobody of another one could be paired
 * with them this round), they are told so: `cafe oui` promised someone of another one.
 */
function sameOrganisationNote(group: readonly Person[], locale: Locale): Message['blocks'] {
  const [first] = group;
  const shared = first?.member.organisationId;
  if (!shared || !first?.organisation || group.some((p) => p.member.organisationId !== shared)) return [];
  return [context(say(locale, m.introSameOrganisation, { organisation: first.organisation }))];
}

/** What `recipient` reads about the others of their group. */
export function introductionFor(
  recipient: Person,
  group: readonly Person[],
  ref: number,
  locale: Locale,
): Message {
  const others = group.filter((p) => p.member.id !== recipient.member.id);
  const intro =
    others.length === 1 && others[0]
      ? say(locale, m.introOne, { name: others[0].member.displayName, about: about(others[0], locale) })
      : say(locale, m.introGroup, { names: bullets(others, locale) });
  return privateMessage(
    header(say(locale, m.introTitle)),
    text(intro),
    text(starter(group, locale)),
    ...sameOrganisationNote(group, locale),
    context(say(locale, m.introFooter, { ref })),
  );
}

/** One message for the whole group (a group conversation where the platform has one). */
export function introductionForGroup(group: readonly Person[], ref: number, locale: Locale): Message {
  const names = bullets(group, locale);
  return privateMessage(
    header(say(locale, m.introTitle)),
    text(say(locale, m.introGroup, { names })),
    text(starter(group, locale)),
    ...sameOrganisationNote(group, locale),
    context(say(locale, m.introFooter, { ref })),
  );
}

export function followUpFor(
  recipient: Person,
  group: readonly Person[],
  ref: number,
  locale: Locale,
): Message {
  const names = joinList(
    locale,
    group.filter((p) => p.member.id !== recipient.member.id).map((p) => p.member.displayName),
  );
  const yes = locale === 'fr' ? `cafe rencontre ${ref} oui` : `coffee met ${ref} yes`;
  const no = locale === 'fr' ? `cafe rencontre ${ref} non` : `coffee met ${ref} no`;
  return privateMessage(
    header(say(locale, m.askTitle)),
    text(say(locale, m.ask, { names })),
    buttons(
      { label: say(locale, m.askYes), command: yes, style: 'primary' },
      { label: say(locale, m.askNo), command: no },
    ),
  );
}
