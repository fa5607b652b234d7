// Matching what people type against reference labels: accents, case and punctuation
// ignored, whole words only ("collège" is in "Collège", "lege" is not).
import { fold } from '../text/fold.ts';

/** Folded words separated by single spaces: "Centre Socio-Culturel (CSC)" → "centre socio culturel csc". */
export function words(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** True when `needle` (already in `words` form) appears in `haystack` as whole consecutive words. */
export function hasPhrase(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/** Keeps the first occurrence of each item, in order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
