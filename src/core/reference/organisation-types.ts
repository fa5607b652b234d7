// Organisation types of member profiles. The referential rows come from data·inclusion
// (gip-inclusion/data-inclusion-schema, docs/referentiels/typologies_de_structures.md,
// version of 2025-05-23), Licence Ouverte 2.0 / Etalab; the English labels are ours.
// The rows marked `maillage` are our additions: socio-educational actors the research-action
// reports name (schools, PRE, Cité éducative, social landlords, mediation…) and the referential lacks.
import type { Locale } from '../locale.ts';
import { closest } from '../text/fold.ts';
import { hasPhrase, unique, words } from './match-words.ts';
import { MAILLAGE_TYPES, REFERENTIAL_TYPES } from './organisation-type-rows.ts';

export interface OrganisationType {
  code: string;
  fr: string;
  en: string;
  /** `data-inclusion`: from the referential; `maillage`: added for socio-educational networks. */
  origin: 'data-inclusion' | 'maillage';
  /** Other names people use for it (acronyms, older names, everyday words). */
  aliases: readonly string[];
}

export const ORGANISATION_TYPES: readonly OrganisationType[] = [...REFERENTIAL_TYPES, ...MAILLAGE_TYPES];

export function organisationTypeLabel(code: string, locale: Locale): string {
  const type = ORGANISATION_TYPES.find((t) => t.code === code);
  return type ? type[locale] : code;
}

export type OrganisationTypeMatch = { type: OrganisationType } | { suggestions: OrganisationType[] };

const SUGGESTIONS = 5;

// "pij bij", "PIJ_BIJ" and "pij-bij" all name the code PIJ_BIJ.
const codeKey = (text: string) => words(text).replace(/ /g, '');

/** The label without the acronym it repeats: "Aide sociale à l'enfance (ASE)" → "aide sociale a l enfance". */
const bareLabel = (label: string) => words(label.replace(/\s*\([^)]*\)\s*$/, '').replace(/^\S+ [—-] /, ''));

interface Indexed {
  type: OrganisationType;
  names: string[];
  labels: string[];
}

const INDEX: readonly Indexed[] = ORGANISATION_TYPES.map((type) => ({
  type,
  names: unique([
    ...type.aliases.map(words),
    words(type.fr),
    bareLabel(type.fr),
    words(type.en),
    bareLabel(type.en),
  ]),
  labels: [words(type.fr), words(type.en), ...type.aliases.map(words)],
}));

/**
 * The organisation type someone means: by code (`ml`, `PIJ_BIJ`), by label or another name
 * (`mission locale`, `Pôle emploi`), or by a distinctive word of its label (`collège`).
 * Several types fit, or none: suggestions, best first (possibly none).
 */
export function findOrganisationType(input: string): OrganisationTypeMatch {
  const key = words(input);
  if (!key) return { suggestions: [] };
  const byCode = INDEX.find((i) => codeKey(i.type.code) === codeKey(input));
  if (byCode) return { type: byCode.type };
  const named = INDEX.filter((i) => i.names.includes(key));
  if (named.length === 1 && named[0]) return { type: named[0].type };
  if (named.length > 1) return { suggestions: named.slice(0, SUGGESTIONS).map((i) => i.type) };
  const phrased = key.length >= 3 ? INDEX.filter((i) => i.labels.some((l) => hasPhrase(l, key))) : [];
  if (phrased.length === 1 && phrased[0]) return { type: phrased[0].type };
  if (phrased.length > 1) return { suggestions: phrased.slice(0, SUGGESTIONS).map((i) => i.type) };
  return { suggestions: nearest(key) };
}

function nearest(key: string): OrganisationType[] {
  const owners = new Map<string, OrganisationType>();
  for (const { type, names } of INDEX) {
    for (const name of [words(type.code), ...names]) if (!owners.has(name)) owners.set(name, type);
  }
  const near = closest(key, [...owners.keys()], SUGGESTIONS * 2);
  return unique(near.map((name) => owners.get(name)).filter((t) => t !== undefined)).slice(0, SUGGESTIONS);
}
