// Dates of birth: a date is personal data only in a birth context ("né le", "DDN", "date de
// naissance", "born on"…); meeting dates and deadlines stay ordinary text.

import { allMatches } from './all-matches.ts';
import { DATE, YEAR_ONLY } from './dates.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

const CONTEXT =
  /(?<![a-z])(?:dates? (?:de |of )?naissance|date de naiss\.?|date naiss\.?|ddn|d\.o\.b\.?|dob|date of birth|birth ?date|born(?: on| in)?|naissance|annee de naissance|ne\(e\)s?|ne·es?|ne\.e|ne-e|ne\/e|nee?s?|dn)(?![a-z])/g;

// After an explicit birth word the date may come a few words later: "né à Sarcelles le 12/03/2009".
const DATE_AFTER_FILLER = new RegExp(`[^\\n;!?.\\d]{0,30}?(${DATE})`, 'y');
// Unaccented "ne" is also the negation ("on ne le saura que le 12/03"): demand the date right away.
const DATE_RIGHT_AFTER = new RegExp(` ?(?:le |en |: ?|, ?)?(${DATE})`, 'y');
const YEAR_AFTER_BORN = new RegExp(` ?(?:en |in |: ?|, ?)(${YEAR_ONLY})`, 'y');
const YEAR_AFTER_BIRTH_WORD = new RegExp(` ?(?:en |in |: ?|, ?|- ?)?(${YEAR_ONLY})`, 'y');
// "12/03/2009 (date de naissance)": the date may also come first.
const DATE_BEFORE = new RegExp(`(?<![\\d/.-])(${DATE}) ?[(,:-]? ?$`);

// "Le projet est né en 2019", "l'asso, née en 2005": things, not people, are born in notes too.
const THING =
  '(?:projet|association|asso|dispositif|idee|collectif|reseau|partenariat|structure|action|atelier|festival|' +
  'initiative|service|programme|club|journal|groupe|instance|comite|conseil|equipe|plateforme|site|outil|' +
  'demarche|evenement|fete|reflexion|maison|centre|lieu|ecole|college|lycee|quartier|charte|convention|' +
  'jardin|radio|podcast|marche|chantier|cite)s?';
const THING_BEFORE_BORN = new RegExp(
  `(?<![a-z])${THING}(?:(?: [a-z'-]+){0,3} (?:est|etait|a ete|sont|etaient|fut)|,)? $`,
);

interface BirthContext {
  start: number;
  end: number;
  strong: boolean;
  plural: boolean;
  bornWord: boolean;
}

// "Il est ne le…": right after a form of "être" (or a bracket, a comma) bare "ne" is the participle.
const BEFORE_PARTICIPLE = /(?:(?<![a-z])(?:est|suis|es|etait|sont|etaient|ete)|[(,]) ?$/;

function describe(prepared: PreparedText, start: number, word: string): BirthContext {
  const bornWord = /^ne/.test(word);
  const accented = bornWord && /[éÉ]/.test(prepared.text.charAt(start + 1));
  // Only bare "ne" is ambiguous; "nee", "ne(e)", "ne·e" are never the negation.
  const participle =
    accented ||
    word !== 'ne' ||
    BEFORE_PARTICIPLE.test(prepared.folded.slice(Math.max(0, start - 10), start));
  return {
    start,
    end: start + word.length,
    strong: bornWord ? participle : word !== 'dn',
    plural: bornWord && word.endsWith('s'),
    bornWord,
  };
}

function matchAt(pattern: RegExp, source: string, index: number): number | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(source);
  return match ? index + match[0].length : undefined;
}

/** End of the date that completes this birth context, if any. */
function dateEnd(source: string, context: BirthContext): number | undefined {
  const full = matchAt(context.strong ? DATE_AFTER_FILLER : DATE_RIGHT_AFTER, source, context.end);
  if (full !== undefined) return full;
  // "Nés en 2010" describes an age group, not one person.
  if (context.plural) return undefined;
  return matchAt(context.bornWord ? YEAR_AFTER_BORN : YEAR_AFTER_BIRTH_WORD, source, context.end);
}

/** Start of a date written just before a birth word ("12/03/2009 (DDN)"), if any. */
function dateStartBefore(source: string, context: BirthContext): number | undefined {
  if (context.bornWord || context.start === 0) return undefined;
  const from = Math.max(0, context.start - 30);
  const match = DATE_BEFORE.exec(source.slice(from, context.start));
  return match ? from + (match.index ?? 0) : undefined;
}
// "La naissance du collectif le 12 mars 2019", "congé naissance du 12/03 au 15/03".
const THING_AFTER_BIRTH = new RegExp(`^ (?:du|de la|de l'|de|des|d') ?${THING}(?![a-z])`);
// "Né en 2019, le collectif regroupe…"
const THING_AFTER_DATE = new RegExp(`^,? (?:le |la |l'|notre |ce |cette |cet )${THING}(?![a-z])`);
const LEAVE_BEFORE_BIRTH = /(?<![a-z])conges? (?:de )?$/;

function aboutAThing(source: string, context: BirthContext, dateEnd: number): boolean {
  const before = source.slice(Math.max(0, context.start - 50), context.start);
  if (context.bornWord) {
    return THING_BEFORE_BORN.test(before) || THING_AFTER_DATE.test(source.slice(dateEnd, dateEnd + 40));
  }
  if (!source.startsWith('naissance', context.start)) return false;
  return (
    LEAVE_BEFORE_BIRTH.test(before) || THING_AFTER_BIRTH.test(source.slice(context.end, context.end + 40))
  );
}

export function findBirthdates(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  if (!/\d/.test(source)) return [];
  const hits: Hit[] = [];
  for (const match of allMatches(CONTEXT, source)) {
    const context = describe(prepared, match.index ?? 0, match[0]);
    const end = dateEnd(source, context);
    if (end !== undefined && !aboutAThing(source, context, end)) {
      hits.push({ kind: 'birthdate', start: context.start, end });
      continue;
    }
    const start = dateStartBefore(source, context);
    if (start !== undefined && !aboutAThing(source, context, context.end)) {
      hits.push({ kind: 'birthdate', start, end: context.end });
    }
  }
  return hits;
}
