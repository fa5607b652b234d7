// Street addresses: a number and a street type ("12 bis rue des Lilas"), flat details ("bât. B,
// appt 12"), or a street right after "habite"/"domicilié". A street named without a number is a
// place people meet ("au local de la rue Paul Bert") and passes.

import { allMatches } from './all-matches.ts';
import { INSTITUTION_PLACES, STREET_ACTIONS } from './lexicons/places.ts';
import { isCapitalisedWord, isKnownFirstName } from './names.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

// Types that are hardly anything else after a number.
const STRICT_TYPES =
  'rue|r\\.|avenue|av\\.|boulevard|bd|blvd|bvd|allee|impasse|faubourg|fg|fbg|quai|rond-point|ruelle|venelle|' +
  'lotissement|lot\\.|chemin|square|hameau|esplanade|parvis';
// Types that are also common words ("1 place disponible", "3 cours de maths", "1 promenade").
const LOOSE_TYPES =
  'place|pl\\.|cours|passage|mail|parc|voie|route|rte|domaine|clos|villa|cite|residence|res\\.|av|ave|imp|' +
  'ch\\.|all\\.|sq\\.|promenade|montee|traverse|sentier|sente|chaussee';
const ARTICLE = "(?:(?:de la|de l|du|des|de|la|le|les|l|d)(?: |'))?";
const NAME_WORD = "[a-z0-9œæ][a-z0-9œæ'-]+";

const NUMBERED_STREET = new RegExp(
  "(?<![\\w.,/'-])(?:n° ?)?\\d{1,4}(?: ?(?:-|a|et|&) ?\\d{1,4})?(?: ?(?:bis|ter|quater|[abc])(?![a-z]))?,? (?:de la |de l'|du )?" +
    `(?:(${STRICT_TYPES})|(${LOOSE_TYPES}))(?![a-z-])\\.? ${ARTICLE}(${NAME_WORD})`,
  'g',
);
const LIVES_IN_STREET = new RegExp(
  '(?<![a-z])(?:habite|habitent|habitait|domicilie|domiciliee|domicilies|vit|vivent|reside|residant|demeurant|' +
    `demeure|hebergee?)(?: au| a| a la| dans la| dans le| dans l'| sur la| sur le| en)? ` +
    `(?:${STRICT_TYPES}|place|cours|route|residence)` +
    `(?![a-z-])\\.? ${ARTICLE}(${NAME_WORD})`,
  'g',
);
const FLAT = '(?:appartement|appart|appt|apt|app|logement|porte)\\.? ?(?:n° ?)?\\d{1,4}(?!\\d)';
const BUILDING = '(?:batiment|bat)\\.? ?[a-z0-9]{1,2}(?![a-z0-9])';
const STAIRS = '(?:escalier|esc)\\.? ?[a-z0-9]{1,2}(?![a-z0-9])';
const FLOOR = '\\d{1,2} ?(?:e|eme|er)(?: etage)?';
const FLAT_DETAILS = new RegExp(
  `(?<![a-z])(?:${BUILDING},? (?:${STAIRS},? )?(?:${FLOOR},? )?${FLAT}|${FLAT},? (?:${STAIRS},? )?${BUILDING})`,
  'g',
);

// What may follow the street name and still be part of the address.
const NEXT_NAME_WORD = /,? ?(?:de |du |des |la |le |les |l'|d')?[\p{Lu}\d][\p{L}\d'-]*/uy;
const POSTCODE_AND_TOWN = /,? (?:\d{5}|\d{2} \d{3})(?: [\p{Lu}][\p{L}'-]*)?/uy;
const DETAIL = new RegExp(`,? (?:${BUILDING}|${STAIRS}|${FLAT}|${FLOOR})`, 'y');
const ADDRESS_WORDS =
  /(?<![a-z])(?:habite|habitent|domicil\w*|adresse|vit|vivent|reside|demeurant|heberge\w*|chez|au|du)[ :]{1,3}$/;

function stickyEnd(pattern: RegExp, source: string, index: number): number | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(source);
  return match && match[0].length > 0 ? index + match[0].length : undefined;
}

/** Extends an address over the rest of the street name, the postcode and town, and flat details. */
function extendAddress(prepared: PreparedText, end: number): number {
  let current = end;
  for (let words = 0; words < 4; words += 1) {
    const next = stickyEnd(NEXT_NAME_WORD, prepared.text, current);
    if (next === undefined) break;
    current = next;
  }
  current = stickyEnd(POSTCODE_AND_TOWN, prepared.text, current) ?? current;
  for (let details = 0; details < 4; details += 1) {
    const next = stickyEnd(DETAIL, prepared.folded, current);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/**
 * A loose street type needs a capitalised name or a first name ("place Charles de Gaulle"), an address
 * word before, or a postcode after.
 */
function looseTypeIsStreet(
  prepared: PreparedText,
  start: number,
  nameStart: number,
  nameEnd: number,
): boolean {
  const name = prepared.text.slice(nameStart, nameEnd);
  if (!prepared.singleCase && isCapitalisedWord(name)) return true;
  if (isKnownFirstName(prepared, nameStart, nameEnd)) return true;
  if (ADDRESS_WORDS.test(prepared.folded.slice(Math.max(0, start - 20), start))) return true;
  return /^[^.\n]{0,40}?(?<!\d)\d{5}(?!\d)/.test(prepared.folded.slice(nameEnd, nameEnd + 50));
}

// The address of a meeting place is not personal data: "forum au 12 rue Pasteur, salle 2" passes
// unless the sentence also speaks of someone's home.
const VENUE =
  /(?<![a-z])(?:local|locaux|siege|salle|permanence|forum|reunion|atelier|antenne|centre social|maison de quartier|mediatheque|mairie|gymnase|formation|conference|se tiendra|aura lieu|nos bureaux|notre bureau|inscriptions?)(?![a-z])/;
const HOME =
  /(?<![a-z])(?:habite\w*|domicil\w*|vit|vivent|heberge\w*|chez|dort|demenag\w*|relog\w*|logement|appart\w*|appt|squat\w*|mere|maman|pere|papa|parents?|famille|jeune|enfants?|fils|fille|tante|oncle|grand-mere|grand-pere|cousine?|frere|soeur|sœur|madame|monsieur|mme|visite)(?![a-z])/;

const isVenueOnly = (folded: string): boolean => VENUE.test(folded) && !HOME.test(folded);

const alternatives = (list: string): string =>
  list
    .split('|')
    .map((word) => word.trim())
    .filter(Boolean)
    .join('|');
// "la Mission locale, 3 rue du Marché", "maraude au 5 rue des Écoles": the address follows the name
// of an organisation, a public place or a street action in the same clause, with nobody's home between.
const PLACE_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternatives(INSTITUTION_PLACES)}|${alternatives(STREET_ACTIONS)})(?![a-z])`,
);
// Where the clause before the address starts: after the last end of sentence.
const CLAUSE_START = /(?:[!?;\n]|\.(?= ))(?!.*(?:[!?;\n]|\.(?= )))/s;

function followsAPlace(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 80), start);
  const lastBreak = CLAUSE_START.exec(before);
  const clause = lastBreak ? before.slice((lastBreak.index ?? 0) + 1) : before;
  return PLACE_BEFORE.test(clause) && !HOME.test(clause);
}

function findNumberedStreets(prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  if (isVenueOnly(prepared.folded)) return hits;
  for (const match of allMatches(NUMBERED_STREET, prepared.folded)) {
    const start = match.index ?? 0;
    if (followsAPlace(prepared.folded, start)) continue;
    const name = match[3] ?? '';
    const nameEnd = start + match[0].length;
    if (match[2] && !looseTypeIsStreet(prepared, start, nameEnd - name.length, nameEnd)) continue;
    hits.push({ kind: 'address', start, end: extendAddress(prepared, nameEnd) });
  }
  return hits;
}

function findOthers(prepared: PreparedText, pattern: RegExp, extend: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(pattern, prepared.folded)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    hits.push({ kind: 'address', start, end: extend ? extendAddress(prepared, end) : end });
  }
  return hits;
}

export function findAddresses(prepared: PreparedText): Hit[] {
  return [
    ...findNumberedStreets(prepared),
    ...findOthers(prepared, LIVES_IN_STREET, true),
    ...findOthers(prepared, FLAT_DETAILS, false),
  ];
}
