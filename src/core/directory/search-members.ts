// Directory search: every word typed must match a word of a member's profile (name,
// organisation and its type, role, territory, themes, help offer), whatever the accents,
// capitals, gender and number (`éducateur` finds « Éducatrice »), and hyphens. A word of
// four letters or more may also start a word (`educ`), one of five or more may carry a
// small typo; a short word or an acronym typed in capitals (`PRE`, `CAF`) matches a whole
// word only, so that `PRE` does not find « prévention ». Exact matches come first.
import type { Member, Organisation } from '../model.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import { themeLabel } from '../reference/themes.ts';
import { STOP_WORDS, textWords, typoDistance, wordForm } from './word-forms.ts';

/** How a typed word met a profile: 0 a whole word, 1 the start of a word, 2 a near spelling. */
type Quality = 0 | 1 | 2;
const NO_MATCH = 3;

interface QueryWord {
  word: string;
  form: string;
  /** Short words and acronyms: whole words only. */
  wholeOnly: boolean;
  /** How many typos are forgiven (0 for short words). */
  typos: number;
}

/** One typed term: its words must all match, or its words joined (`mission-locale`). */
interface QueryTerm {
  parts: QueryWord[];
  joined: QueryWord | undefined;
}

export interface SearchHit {
  member: Member;
  /** The worst match among the words typed (0 when every word is a whole word). */
  quality: Quality;
  /** The sum over the words typed, to order hits of the same quality. */
  score: number;
}

const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;

function queryWord(word: string, typed: string): QueryWord {
  const wholeOnly = word.length <= 3 || ACRONYM.test(typed);
  const typos = wholeOnly || word.length < 5 ? 0 : word.length < 8 ? 1 : 2;
  return { word, form: wordForm(word), wholeOnly, typos };
}

function queryTerms(terms: readonly string[]): QueryTerm[] {
  const all = terms.map((typed) => {
    const chunks = typed.split(/\s+/).filter((chunk) => chunk !== '');
    return chunks.map((chunk) => {
      const parts = textWords(chunk);
      // textWords adds the joined form of a compound last: keep it apart.
      const joined = parts.length > 1 ? parts.pop() : undefined;
      return {
        parts: parts.map((part) => queryWord(part, chunk)),
        joined: joined === undefined ? undefined : queryWord(joined, chunk),
      };
    });
  });
  const typed = all.flat().filter((term) => term.parts.length > 0);
  // `qui centre de loisirs`: "de" means nothing, unless nothing else was typed.
  const meaningful = typed
    .map((term) => ({ ...term, parts: term.parts.filter((p) => !STOP_WORDS.has(p.word)) }))
    .filter((term) => term.parts.length > 0);
  return meaningful.length > 0 ? meaningful : typed;
}

/** How `word` of a profile meets the typed word `q`, or NO_MATCH. */
function gradeWord(q: QueryWord, word: string, form: string): number {
  if (word === q.word) return 0;
  if (q.wholeOnly) return NO_MATCH;
  if (form === q.form) return 0;
  if (word.startsWith(q.word)) return 1;
  if (q.typos > 0 && near(q, word, form)) return 2;
  return NO_MATCH;
}

/** A near spelling of the word as written (`educatirce`) or of its common form (`educator`). */
const near = (q: QueryWord, word: string, form: string) =>
  typoDistance(q.word, word, q.typos) <= q.typos || typoDistance(q.form, form, q.typos) <= q.typos;

/**
 * How each typed word meets each distinct text of the network's profiles: every distinct word
 * is graded once per search, and every distinct text once, however many members share it
 * (roles, places, organisations and themes repeat), which keeps the search in milliseconds
 * on hundreds of members.
 */
function gradeTexts(typed: readonly QueryWord[], texts: ReadonlySet<string>): Map<string, number[]> {
  const wordsOf = new Map([...texts].map((text) => [text, textWords(text)] as const));
  const vocabulary = new Set([...wordsOf.values()].flat());
  const met = typed.map(() => new Map<string, number>());
  for (const word of vocabulary) {
    const form = wordForm(word);
    for (const [i, q] of typed.entries()) {
      const grade = gradeWord(q, word, form);
      if (grade !== NO_MATCH) met[i]?.set(word, grade);
    }
  }
  const graded = new Map<string, number[]>();
  for (const [text, words] of wordsOf)
    graded.set(
      text,
      met.map((grades) => Math.min(NO_MATCH, ...words.map((word) => grades.get(word) ?? NO_MATCH))),
    );
  return graded;
}

/** The best grade of typed word `i` over a member's texts. */
function wordQuality(i: number, texts: readonly string[], graded: ReadonlyMap<string, number[]>): number {
  let best = NO_MATCH;
  for (const text of texts) best = Math.min(best, graded.get(text)?.[i] ?? NO_MATCH);
  return best;
}

function profileTexts(member: Member, organisation: Organisation | undefined): string[] {
  const texts = [member.displayName, member.roleTitle ?? '', member.territory ?? '', member.helpOffer ?? ''];
  for (const code of member.themes) texts.push(code, themeLabel(code, 'fr'), themeLabel(code, 'en'));
  if (organisation)
    texts.push(
      organisation.name,
      organisation.typeCode,
      organisationTypeLabel(organisation.typeCode, 'fr'),
      organisationTypeLabel(organisation.typeCode, 'en'),
    );
  return texts;
}

/** Members matching every word typed, best matches first (then in the order given). */
export function searchMembers(
  terms: readonly string[],
  members: readonly Member[],
  organisations: ReadonlyMap<string, Organisation>,
): SearchHit[] {
  const query = queryTerms(terms.map((term) => term.normalize('NFC')));
  if (query.length === 0) return [];
  const typed = query.flatMap((term) => (term.joined ? [...term.parts, term.joined] : term.parts));
  const textsOf = members.map((member) =>
    profileTexts(member, member.organisationId ? organisations.get(member.organisationId) : undefined),
  );
  const graded = gradeTexts(typed, new Set(textsOf.flat()));
  const quality = (q: QueryWord, texts: readonly string[]) => wordQuality(typed.indexOf(q), texts, graded);
  const hits: SearchHit[] = [];
  for (const [index, member] of members.entries()) {
    const texts = textsOf[index] ?? [];
    let worst = 0;
    let score = 0;
    for (const term of query) {
      // A compound typed with a hyphen matches by its parts, or by its parts joined.
      const parts = Math.max(...term.parts.map((part) => quality(part, texts)));
      const found = parts === 0 || !term.joined ? parts : Math.min(parts, quality(term.joined, texts));
      worst = Math.max(worst, found);
      if (worst === NO_MATCH) break;
      score += found;
    }
    if (worst !== NO_MATCH) hits.push({ member, quality: worst as Quality, score });
  }
  // A stable sort keeps the repository's order (by name) among equals.
  return hits.sort((a, b) => a.quality - b.quality || a.score - b.score);
}
