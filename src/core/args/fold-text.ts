// People type dates and durations with or without accents, capitals, typographic apostrophes
// or no-break spaces; folding them away lets the parsers match one spelling.

/** Lower case, no diacritics, `'` for every apostrophe, single ASCII spaces, trimmed. */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
