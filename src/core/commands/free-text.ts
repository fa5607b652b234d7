// Every free text the bot stores passes here: trimmed, bounded, and checked by the
// confidentiality guard. Refusals cannot be overridden; warnings can, with `--ok`.

import { guardAdvice, guardKindLabel } from '../guard/guard-messages.ts';
import { checkText, type GuardFinding } from '../guard/index.ts';
import { defineMessages, joinList } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { err, ok, type Result } from '../result.ts';
import type { Failure } from './command.ts';

export const freeTextMessages = defineMessages({
  refused: {
    fr: "Ce texte contient {what} : {where}. Il n'a pas été enregistré : les informations sur les personnes accompagnées ne circulent pas ici. {advice}",
    en: 'This text contains {what}: {where}. It was not saved: information about the people you support does not circulate here. {advice}',
  },
  profileContact: {
    fr: "Ce texte contient {what} : {where}. Un profil ne garde jamais de numéro ni d'adresse e-mail : on joint un membre par la plateforme (Slack, Discord). Rien n'a été enregistré.",
    en: 'This text contains {what}: {where}. A profile never keeps a phone number or an e-mail address: members are reached through the platform (Slack, Discord). Nothing was saved.',
  },
  warning: {
    fr: "Ce texte semble décrire une personne accompagnée ({what}) : {where}. {advice} Si ce n'est pas le cas, vous pouvez l'enregistrer quand même en ajoutant `--ok` à la fin de la commande.",
    en: 'This text seems to describe a person you support ({what}): {where}. {advice} If it does not, you can save it anyway by adding `--ok` at the end of the command.',
  },
});

export interface FreeTextOptions {
  max: number;
  /** The user confirmed past warnings (`--ok`). */
  confirmed?: boolean;
  /**
   * A field of one's own profile: a phone number or an e-mail there is most likely one's
   * own, refused for what a profile is (not as data about a person supported).
   */
  profile?: boolean;
  /** The argument the text was given as: its failures name it (a form shows them by its field). */
  arg?: string;
}

const CONTACT_KINDS: readonly string[] = ['phone', 'email'];

/** Where the findings are, marked in a short excerpt of the text. */
function where(value: string, findings: readonly GuardFinding[]): string {
  return findings
    .slice(0, 3)
    .map((f) => {
      const before = value.slice(Math.max(0, f.start - 20), f.start);
      const after = value.slice(f.end, f.end + 20);
      const lead = f.start > 20 ? '…' : '';
      const tail = f.end + 20 < value.length ? '…' : '';
      return `${lead}${before}**${value.slice(f.start, f.end)}**${after}${tail}`;
    })
    .join(' ; ');
}

function guardFailure(
  value: string,
  findings: readonly GuardFinding[],
  warning: boolean,
  profile = false,
): Failure {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const bilingual = (make: (locale: Locale) => string) => ({ fr: make('fr'), en: make('en') });
  const first = kinds[0];
  const contact = profile && !warning && kinds.every((k) => CONTACT_KINDS.includes(k));
  return {
    key: contact
      ? freeTextMessages.profileContact
      : warning
        ? freeTextMessages.warning
        : freeTextMessages.refused,
    params: {
      what: bilingual((locale) =>
        joinList(
          locale,
          kinds.map((k) => guardKindLabel(k, locale)),
        ),
      ),
      where: where(value, findings),
      advice: bilingual((locale) => (first ? guardAdvice(first, locale) : '')),
    },
    confirmable: warning,
  };
}

export function checkFreeText(raw: string, options: FreeTextOptions): Result<string, Failure> {
  const fail = (failure: Failure) => err(options.arg ? { ...failure, arg: options.arg } : failure);
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value.length === 0) return fail({ key: 'error.empty' });
  if (value.length > options.max) {
    return fail({ key: 'error.too-long', params: { length: value.length, max: options.max } });
  }
  const verdict = checkText(value);
  if (verdict.verdict === 'refuse') {
    const refused = verdict.findings.filter((f) => f.severity === 'refuse');
    return fail(guardFailure(value, refused, false, options.profile));
  }
  if (verdict.verdict === 'warn' && !options.confirmed)
    return fail(guardFailure(value, verdict.findings, true));
  return ok(value);
}
