// Sentences as members type them at the end of a day — typos, lower case, missing accents, "rdv",
// "tel", "ss", "asso" — to keep the guard honest: what must be refused, what should raise a warning,
// and ordinary professional notes that must go through untouched. All people and numbers are made up.

import type { GuardKind } from '../../../src/core/guard/index.ts';
import { addresses, birthdates, mixed, notes } from './corpus-dates-places.ts';
import { emails, ibans, nirs, phones } from './corpus-identifiers.ts';

export interface Sample {
  text: string;
  kind: GuardKind;
}

export { PASS } from './corpus-pass.ts';
export { WARN } from './corpus-warn.ts';

/** Personal data: each sentence must be refused, with this kind among the findings. */
export const REFUSE: readonly Sample[] = [
  ...phones,
  ...emails,
  ...nirs,
  ...ibans,
  ...birthdates,
  ...addresses,
  ...mixed,
  ...notes,
];
