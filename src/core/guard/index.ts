// The confidentiality guard: decides whether free text may be stored. Pure and synchronous; every
// detector is a set of linear-time regular expressions over a normalised copy of the text.

import { findAddresses } from './address.ts';
import { findAdministrativeIds } from './admin-ids.ts';
import { findBirthdates } from './birthdate.ts';
import { findDisguisedEmails } from './disguised-email.ts';
import { findDisguisedPhones } from './disguised-phone.ts';
import { toFinding, verdictOf, withoutOverlaps } from './findings.ts';
import { findIdentifiers } from './identifiers.ts';
import { findInitialsWithAge } from './initials-age.ts';
import { findPersonMentions } from './person.ts';
import { findNamesWithMeasures } from './person-measure.ts';
import { findPhones } from './phone.ts';
import { prepareText } from './prepared-text.ts';
import { findRibFields } from './rib-fields.ts';
import { findSensitiveData } from './sensitive.ts';
import { type GuardVerdict, type Hit, severityOf } from './types.ts';

export type { GuardFinding, GuardKind, GuardVerdict } from './types.ts';
export { GUARD_KINDS } from './types.ts';

/** Personal data proper: any of these refuses the text. */
const IDENTIFYING = [
  findPhones,
  findDisguisedPhones,
  findIdentifiers,
  findDisguisedEmails,
  findAdministrativeIds,
  findRibFields,
  findBirthdates,
  findAddresses,
] as const;

export function checkText(text: string): GuardVerdict {
  const prepared = prepareText(text);
  const identifying: Hit[] = IDENTIFYING.flatMap((detect) => detect(prepared));
  const mentions = [
    ...findPersonMentions(prepared),
    ...findInitialsWithAge(prepared),
    ...findNamesWithMeasures(prepared),
  ];
  // Sensitive data about someone warns; with personal data in the same text it is refused too,
  // so that the refusal names it.
  const refused = identifying.some((hit) => severityOf(hit.kind) === 'refuse');
  const sensitive = findSensitiveData(prepared, mentions).map(
    (hit): Hit => (refused ? { ...hit, severity: 'refuse' } : hit),
  );
  const hits = [...identifying, ...mentions, ...sensitive];
  return verdictOf(withoutOverlaps(hits).map((hit) => toFinding(hit, prepared)));
}
