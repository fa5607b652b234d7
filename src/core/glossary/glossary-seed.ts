// The glossary shipped with Maillage, in code: acronyms of the organisation-type referential of
// data·inclusion (gip-inclusion/data-inclusion-schema, docs/referentiels/typologies_de_structures.md,
// version of 2025-05-23, Licence Ouverte 2.0 / Etalab; entries marked `source: 'data-inclusion'`),
// and the jargon of socio-educational work. A network may override or hide any entry.
import { DATA_INCLUSION_TERMS } from './seed-data-inclusion.ts';
import { FIELD_JARGON_TERMS } from './seed-field-jargon.ts';
import { SCHOOL_AND_CARE_TERMS } from './seed-school-and-care.ts';
import type { ShippedTerm } from './shipped-term.ts';
import { termKey } from './term-key.ts';

export type { ShippedTerm } from './shipped-term.ts';

export const DATA_INCLUSION_CREDIT = {
  fr: 'sigle du référentiel data·inclusion (version du 2025-05-23, Licence Ouverte 2.0 / Etalab)',
  en: 'acronym from the data·inclusion referential (version of 2025-05-23, Licence Ouverte 2.0 / Etalab)',
} as const;

/** Every shipped entry, sorted by key. */
export const GLOSSARY_SEED: readonly ShippedTerm[] = [
  ...DATA_INCLUSION_TERMS,
  ...FIELD_JARGON_TERMS,
  ...SCHOOL_AND_CARE_TERMS,
].sort((a, b) => termKey(a.term).localeCompare(termKey(b.term)));

const BY_KEY: ReadonlyMap<string, ShippedTerm> = new Map(GLOSSARY_SEED.map((t) => [termKey(t.term), t]));

/** The shipped entry stored under `key` (see `termKey`), if any. */
export const shippedTerm = (key: string): ShippedTerm | undefined => BY_KEY.get(key);
