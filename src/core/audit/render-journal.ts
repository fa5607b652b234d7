// One page of the audit trail as facilitators read it: a line per action with its date and
// time in the network's zone, who did it and what, then where the page stands.

import { EN_MONTHS } from '../args/format-date.ts';
import { zonedParts } from '../args/zoned-time.ts';
import { localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { context, header, type Message, privateMessage, text } from '../message.ts';
import type { AuditEntry } from '../ports.ts';
import { auditSentence } from './audit-actions.ts';
import { auditMessages as m } from './messages.ts';

export const JOURNAL_PAGE_SIZE = 15;

const pad = (n: number) => String(n).padStart(2, '0');

/** fr: '20/11/2026 11 h 05'; en: '20 Nov 2026, 11:05'. */
export function journalTime(at: Date, timeZone: string, locale: Locale): string {
  const p = zonedParts(at, timeZone);
  if (locale === 'fr')
    return `${pad(p.day)}/${pad(p.month)}/${p.year} ${p.hour}\u00a0h\u00a0${pad(p.minute)}`;
  return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/** One line: when · who · what. */
export function journalLine(entry: AuditEntry, timeZone: string, locale: Locale): string {
  const who = entry.actorName ?? localized(locale, m.unknownActor);
  const subject = entry.subjectName ?? localized(locale, m.unknownSubject);
  const { message, params } = auditSentence(
    { action: entry.action, details: entry.details, subject, timeZone },
    locale,
  );
  return `${journalTime(entry.at, timeZone, locale)} · **${who}** · ${localized(locale, message, params)}`;
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / JOURNAL_PAGE_SIZE));

export function journalMessage(
  page: { entries: AuditEntry[]; total: number; number: number },
  timeZone: string,
  locale: Locale,
): Message {
  if (page.total === 0) return privateMessage(text(localized(locale, m.journalEmpty)));
  const pages = pageCount(page.total);
  const footer = [localized(locale, m.journalPage, { page: page.number, pages, total: page.total })];
  footer.push(
    page.number < pages
      ? localized(locale, m.journalNext, { next: page.number + 1 })
      : localized(locale, m.journalLast),
  );
  return privateMessage(
    header(localized(locale, m.journalTitle)),
    text(page.entries.map((e) => `• ${journalLine(e, timeZone, locale)}`).join('\n')),
    context(footer.join(' ')),
  );
}
