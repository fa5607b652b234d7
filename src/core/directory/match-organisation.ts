// Finds an organisation of the network from what people type: its name with or without
// accents and capitals, a part of it, or initials ("ML Cergy" finds "Mission locale de
// Cergy", "PRE" finds "Programme de Réussite Éducative").
import type { Organisation } from '../model.ts';
import { fold } from '../text/fold.ts';

const STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'en',
  'au',
  'aux',
  'a',
  'of',
  'the',
]);

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

/** Whether `token` is the initials of consecutive words of `nameWords`, from some position. */
function isInitials(token: string, nameWords: readonly string[]): boolean {
  if (token.length < 2) return false;
  for (let start = 0; start + token.length <= nameWords.length; start++) {
    if ([...token].every((letter, i) => nameWords[start + i]?.startsWith(letter))) return true;
  }
  return false;
}

function tokenMatches(token: string, nameWords: readonly string[], typeCode: string): boolean {
  return (
    nameWords.some((w) => w.startsWith(token)) || isInitials(token, nameWords) || fold(typeCode) === token
  );
}

export interface OrganisationMatch {
  /** The one organisation meant, when there is no doubt. */
  match: Organisation | undefined;
  /** Every organisation the words fit, best first (for "did you mean"). */
  candidates: Organisation[];
}

export function matchOrganisation(query: string, organisations: readonly Organisation[]): OrganisationMatch {
  const key = fold(query);
  const exact = organisations.find((o) => fold(o.name) === key);
  if (exact) return { match: exact, candidates: [exact] };
  const tokens = words(query);
  if (tokens.length === 0) return { match: undefined, candidates: [] };
  const candidates = organisations.filter((o) => {
    const nameWords = words(o.name);
    return tokens.every((t) => tokenMatches(t, nameWords, o.typeCode));
  });
  return { match: candidates.length === 1 ? candidates[0] : undefined, candidates };
}
