// A French RIB given field by field ("banque 30004 guichet 00817 compte 00010287341 clé 62"):
// two labelled fields near each other are bank details, whichever two and in whatever order.

import { allMatches } from './all-matches.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

const LABEL_END = '(?![a-z])\\.?(?: ?(?:n°|no|:|=|-) ?| )(?:de |du )?';
const FIELDS: ReadonlyArray<[string, RegExp]> = [
  ['bank', /(?<![a-z])(?:code banque|code etablissement|cde bq|cd bq|banque|bq|etablissement|etab|cb)/],
  ['branch', /(?<![a-z])(?:code guichet|cde guichet|cd guichet|guichet|cg)/],
  ['account', /(?<![a-z])(?:n° ?(?:de )?compte|num(?:ero)? (?:de )?(?:compte|cpte)|compte|cpte|cpt|nc)/],
  ['key', /(?<![a-z])(?:cle rib|cle)/],
];
const VALUES: Readonly<Record<string, string>> = {
  bank: '\\d{5}',
  branch: '\\d{5}',
  account: '[a-z0-9]{11}',
  key: '\\d{2}',
};
const FIELD_PATTERNS = FIELDS.map(
  ([name, label]) =>
    [name, new RegExp(`${label.source}${LABEL_END}(${VALUES[name]})(?![a-z0-9])`, 'g')] as const,
);
// Fields of one RIB sit within a short stretch of text.
const NEAR = 120;

interface Field {
  name: string;
  start: number;
  end: number;
}

function fieldsIn(source: string): Field[] {
  const fields: Field[] = [];
  for (const [name, pattern] of FIELD_PATTERNS) {
    for (const match of allMatches(pattern, source)) {
      const value = match[1] ?? '';
      // An account number is mostly digits: "compte rendu" or "compte 12 jeunes" are not.
      if (name === 'account' && value.replace(/\D/g, '').length < 8) continue;
      const start = match.index ?? 0;
      fields.push({ name, start, end: start + match[0].length });
    }
  }
  return fields.sort((a, b) => a.start - b.start);
}

export function findRibFields(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  // Every pair of fields holds a bank or branch code or an account number: five digits in a row.
  if (!/\d{5}/.test(source)) return [];
  const fields = fieldsIn(source);
  const hits: Hit[] = [];
  let index = 0;
  while (index < fields.length) {
    const first = fields[index] as Field;
    let last = first;
    const names = new Set([first.name]);
    let next = index + 1;
    for (; next < fields.length; next += 1) {
      const field = fields[next] as Field;
      if (field.start - last.end > NEAR) break;
      names.add(field.name);
      last = field;
    }
    if (names.size >= 2) hits.push({ kind: 'iban', start: first.start, end: last.end });
    index = next;
  }
  return hits;
}
