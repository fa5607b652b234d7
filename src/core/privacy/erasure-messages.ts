// The two answers of `oubli`: what an erasure would touch (with the danger button that
// confirms it), and what was done.
import type { Say } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { buttons, context, header, type Message, privateMessage, text } from '../message.ts';
import type { Member } from '../model.ts';
import type { ErasureCounts, ErasureDone } from './member-data.ts';
import { FORMER_MEMBER, privacyMessages as m } from './messages.ts';

/** What the confirmation button runs, in the language of the person who sees it. */
export const confirmCommand = (locale: Locale) => (locale === 'fr' ? 'oubli confirmer' : 'forget confirm');

export function erasurePreviewMessage(
  say: Say,
  locale: Locale,
  member: Member,
  counts: ErasureCounts,
  former: string,
): Message {
  const lines = [say(m.previewProfile, { name: member.displayName, identities: counts.identities })];
  if (member.isFacilitator) lines.push(say(m.previewFacilitator));
  if (counts.exchangesWritten + counts.exchangesNamed > 0)
    lines.push(
      say(m.previewExchanges, {
        written: counts.exchangesWritten,
        named: counts.exchangesNamed,
        former,
      }),
    );
  if (counts.goals + counts.goalUpdates + counts.glossaryEntries + counts.polls > 0)
    lines.push(
      say(m.previewAuthored, {
        goals: counts.goals,
        updates: counts.goalUpdates,
        glossary: counts.glossaryEntries,
        polls: counts.polls,
      }),
    );
  if (counts.publicVotes > 0) lines.push(say(m.previewVotes, { votes: counts.publicVotes }));
  if (counts.cafeGroups > 0) lines.push(say(m.previewCafe, { groups: counts.cafeGroups }));
  if (counts.auditEntries > 0) lines.push(say(m.previewAudit, { entries: counts.auditEntries, former }));
  lines.push(say(m.previewTexts, { former }));
  return privateMessage(
    header(say(m.previewTitle)),
    text(lines.join('\n')),
    text(say(m.previewWarning)),
    buttons({ label: say(m.confirmButton), command: confirmCommand(locale), style: 'danger' }),
    context(say(m.confirmHint)),
  );
}

export function erasureDoneMessage(say: Say, done: ErasureDone, former: string): Message {
  const lines = [say(m.doneProfile, { identities: done.identities, groups: done.cafeGroups })];
  const exchanges = done.exchangesWritten + done.exchangesNamed;
  if (exchanges > 0) lines.push(say(m.doneExchanges, { exchanges, former }));
  const authored = done.goals + done.goalUpdates + done.glossaryEntries + done.polls;
  if (authored > 0) lines.push(say(m.doneAuthored, { authored }));
  if (done.publicVotes > 0) lines.push(say(m.doneVotes, { votes: done.publicVotes }));
  if (done.auditEntries > 0) lines.push(say(m.doneAudit, { entries: done.auditEntries }));
  if (done.textsScrubbed > 0) lines.push(say(m.doneTexts, { texts: done.textsScrubbed }));
  return privateMessage(
    header(say(m.doneTitle)),
    text(lines.join('\n')),
    text(say(m.donePlatform)),
    context(say(m.doneReturn)),
  );
}

/** The former member's name: the network's language, at erasure time. */
export const formerMemberName = (networkLocale: Locale) => FORMER_MEMBER[networkLocale];
