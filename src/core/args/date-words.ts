// French and English calendar words, folded (see text/fold.ts), with the usual abbreviations.

function table(entries: ReadonlyArray<readonly [number, readonly string[]]>): ReadonlyMap<string, number> {
  return new Map(entries.flatMap(([value, words]) => words.map((word) => [word, value] as const)));
}

/** Month number, 1–12. `mar` is March here; as a weekday it is mardi (see WEEKDAYS). */
export const MONTHS = table([
  [1, ['janvier', 'janv', 'jan', 'january']],
  [2, ['fevrier', 'fevr', 'fev', 'february', 'feb']],
  [3, ['mars', 'march', 'mar']],
  [4, ['avril', 'avr', 'april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun']],
  [7, ['juillet', 'juil', 'july', 'jul']],
  [8, ['aout', 'august', 'aug']],
  [9, ['septembre', 'sept', 'sep', 'september']],
  [10, ['octobre', 'oct', 'october']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['decembre', 'dec', 'december']],
]);

/** Day of the week, 0 = Sunday. */
export const WEEKDAYS = table([
  [0, ['dimanche', 'dim', 'sunday', 'sun']],
  [1, ['lundi', 'lun', 'monday', 'mon']],
  [2, ['mardi', 'mar', 'tuesday', 'tue', 'tues']],
  [3, ['mercredi', 'mer', 'wednesday', 'wed']],
  [4, ['jeudi', 'jeu', 'thursday', 'thu', 'thur', 'thurs']],
  [5, ['vendredi', 'ven', 'friday', 'fri']],
  [6, ['samedi', 'sam', 'saturday', 'sat']],
]);

/** Days from today. */
export const RELATIVE_DAYS = table([
  [0, ["aujourd'hui", 'aujourdhui', 'aujourd hui', 'today']],
  [1, ['demain', 'tomorrow']],
  [2, ['apres-demain', 'apres demain', 'apresdemain', 'day after tomorrow']],
  [-1, ['hier', 'yesterday']],
  [-2, ['avant-hier', 'avant hier', 'avanthier', 'day before yesterday']],
]);

/** Words that point a weekday forwards ('vendredi prochain') or backwards ('last monday'). */
export const WEEKDAY_DIRECTIONS: ReadonlyMap<string, 'next' | 'last'> = new Map([
  ['prochain', 'next'],
  ['prochaine', 'next'],
  ['next', 'next'],
  ['dernier', 'last'],
  ['derniere', 'last'],
  ['last', 'last'],
]);
