// Accent-, case- and ligature-insensitive keys for matching what people type
// ("Ecole" finds "École", "oeuvre" finds "œuvre").

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** The candidates closest to `input` (folded), best first, within a small distance. */
export function closest(input: string, candidates: readonly string[], limit = 3): string[] {
  const key = fold(input);
  const max = key.length <= 4 ? 1 : 2;
  return candidates
    .map((candidate) => ({ candidate, distance: distanceToCandidate(key, fold(candidate), max) }))
    .filter((c) => c.distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((c) => c.candidate);
}

function distanceToCandidate(key: string, candidate: string, max: number): number {
  if (candidate.startsWith(key) && key.length >= 3) return 0;
  return editDistance(key, candidate, max);
}
