// Turns detectors' hits into the findings of a verdict: one finding per stretch of text, the most
// serious and widest one when several detectors claim overlapping text.

import type { PreparedText } from './prepared-text.ts';
import { type GuardFinding, type GuardVerdict, type Hit, severityOf } from './types.ts';

const severityOfHit = (hit: Hit) => hit.severity ?? severityOf(hit.kind);
const rank = (hit: Hit): number => (severityOfHit(hit) === 'refuse' ? 1 : 0);

function outranks(candidate: Hit, kept: Hit): boolean {
  if (rank(candidate) !== rank(kept)) return rank(candidate) > rank(kept);
  return candidate.end - candidate.start > kept.end - kept.start;
}

/** Sorted by start; of two overlapping hits only the stronger stays. */
export function withoutOverlaps(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || hit.start >= last.end) kept.push(hit);
    else if (outranks(hit, last)) kept[kept.length - 1] = hit;
  }
  return kept;
}

export function toFinding(hit: Hit, prepared: PreparedText): GuardFinding {
  const start = prepared.originalStart(hit.start);
  const end = prepared.originalEnd(hit.end);
  return {
    kind: hit.kind,
    severity: severityOfHit(hit),
    start,
    end,
    excerpt: prepared.original.slice(start, end),
  };
}

export function verdictOf(findings: GuardFinding[]): GuardVerdict {
  const severities = new Set(findings.map((finding) => finding.severity));
  const verdict = severities.has('refuse') ? 'refuse' : severities.has('warn') ? 'warn' : 'pass';
  return { verdict, findings };
}
