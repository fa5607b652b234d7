// The confidentiality guard: decides whether free text may be stored. Pure and synchronous; every
// detector is a set of linear-time regular expressions over a normalised copy of the text.

import { findAddresses } from './address.ts';
import { findAdministrativeIds } from './admin-ids.ts';
import { findBirthdates } from './birthdate.ts';
import { findDisguisedEmails } from './disguised-email.ts';
import { findDisguisedPhones } from './disguised-phone.ts';
import { toFinding, verdictOf, withoutOverlaps } from './findings.ts';
import { findIdentifiers } from './identifiers.ts';
import { findPersonMentions } from './person.ts';
import { findNamesWithMeasures } from './person-measure.ts';
import { findPhones } from './phone.ts';
import { prepareText } from './prepared-text.ts';
import { findRibFields } from './rib-fields.ts';
import type { GuardVerdict, Hit } from './types.ts';

export type { GuardFinding, GuardKind, GuardVerdict } from './types.ts';
export { GUARD_KINDS } from './types.ts';

const DETECTORS = [
  findPhones,
  findDisguisedPhones,
  findIdentifiers,
  findDisguisedEmails,
  findAdministrativeIds,
  findRibFields,
  findBirthdates,
  findAddresses,
  findPersonMentions,
  findNamesWithMeasures,
] as const;

export function checkText(text: string): GuardVerdict {
  const prepared = prepareText(text);
  const hits: Hit[] = DETECTORS.flatMap((detect) => detect(prepared));
  return verdictOf(withoutOverlaps(hits).map((hit) => toFinding(hit, prepared)));
}
