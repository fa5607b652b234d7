// A first name tied to a child-protection or judicial measure ("Kevin est suivi en AEMO", "placement
// ASE de Lina"). Names and acronyms also meet in colleagues' talk ("point AEMO avec Sophie", "Sophie de
// l'ASE"), so only a short link of ordinary words between the two counts.

import { allMatches } from './all-matches.ts';
import { isColleagueName, isKnownFirstName, ROLE_WORDS, wordSet } from './names.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

const MEASURE =
  /(?<![a-z])(?:aemo(?:-r)?|aed|ase|ip|mjie|opp|pjj|cjm|apjm|aesf|mjagbf|mecs|pre|contrat (?:jeune majeur|jm)|jeune majeur|information preoccupante|signalement|juge des enfants|jde|placement|placee?s?|mesure educative|mesure judiciaire|mesure d'assistance|suivi judiciaire|garde a vue|tig|curatelle|tutelle)(?![a-z])/g;
// Acronyms that are also words or parts of words once folded: "ip" (adresse IP?), "pre" (un pré).
const UPPER_CASE_ONLY = new Set(['ip', 'pre', 'jde', 'tig']);
// Services a colleague belongs to: "Sophie (ASE)", "Karim (PJJ)".
const SERVICES = new Set(['ase', 'pjj', 'pre', 'mecs', 'aemo']);
const NAME = /(?<![\p{L}])\p{L}+(?:-\p{L}+)*/gu;
const MAX_GAP = 45;
const GAP_BREAK = /[.!?;:\n]/;
const MEMBERSHIP_GAP = /^ ?(?:de la |de l'|du |des |de |d')$/;
// Words that show colleagues' talk rather than a person under a measure: "avec", "et", possessives,
// groups ("les jeunes"), meeting words.
const BLOCKERS = new Set([
  ...ROLE_WORDS,
  ...wordSet(`avec et ou mais car donc qui que dont puis merci ta ton tes ma mon mes notre nos votre vos leur leurs
    reunion point forum formation atelier comite copil equipe service jeunes familles enfants situations
    dossiers mesures`),
]);
// "Sophie a rédigé une IP": a name before an agent verb is the professional doing the measure.
const AGENT_VERBS =
  wordSet(`fait faite fais redige redigee redigent redigera envoye envoie envoyee transmis transmise
  transmet saisi saisit ecrit anime animee animera presente presentee organise organisee coordonne pilote gere
  geree suit suivent accompagne lance lancee prepare preparee relit valide`);
const MAX_GAP_WORDS_LINK = 4;

interface Span {
  start: number;
  end: number;
  folded: string;
}

function isMeasure(prepared: PreparedText, term: string, original: string): boolean {
  if (UPPER_CASE_ONLY.has(term) && !prepared.singleCase && original !== original.toUpperCase()) return false;
  // "place" folded from "placé", not the square or the seat.
  return !/^places?$/.test(term) || /[éÉ]/.test(original);
}

function measuresIn(prepared: PreparedText): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(MEASURE, prepared.folded)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (isMeasure(prepared, match[0], prepared.text.slice(start, end)))
      spans.push({ start, end, folded: match[0] });
  }
  return spans;
}

function namesIn(prepared: PreparedText): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(NAME, prepared.folded)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!isKnownFirstName(prepared, start, end) || isColleagueName(prepared, start, end)) continue;
    spans.push({ start, end, folded: match[0] });
  }
  return spans;
}

function areLinked(folded: string, name: Span, measure: Span): boolean {
  if (measure.start - name.end > MAX_GAP || name.start - measure.end > MAX_GAP) return false;
  const nameFirst = name.start < measure.start;
  const gap = nameFirst ? folded.slice(name.end, measure.start) : folded.slice(measure.end, name.start);
  if (gap.length > MAX_GAP || GAP_BREAK.test(gap)) return false;
  if (nameFirst && (MEMBERSHIP_GAP.test(gap) || (/^ ?\($/.test(gap) && SERVICES.has(measure.folded)))) {
    return false;
  }
  const gapWords = gap.match(/\p{L}+/gu) ?? [];
  if (gapWords.length > MAX_GAP_WORDS_LINK || gapWords.some((word) => BLOCKERS.has(word))) return false;
  // "IP rédigée par Sophie": after "par", the name is who acts; "…l'ASE, Sophie présente": a new clause.
  if (!nameFirst) return !/(?:^| )par $/.test(gap) && !gap.includes(',');
  return !gapWords.some((word) => AGENT_VERBS.has(word));
}

export function findNamesWithMeasures(prepared: PreparedText): Hit[] {
  const measures = measuresIn(prepared);
  if (measures.length === 0) return [];
  const hits: Hit[] = [];
  for (const name of namesIn(prepared)) {
    const measure = measures.find((candidate) => areLinked(prepared.folded, name, candidate));
    if (measure === undefined) continue;
    hits.push({
      kind: 'name-measure',
      start: Math.min(name.start, measure.start),
      end: Math.max(name.end, measure.end),
    });
  }
  return hits;
}
