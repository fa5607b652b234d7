// Data: words that reveal a person's religion or practice (RGPD art. 9), as regular-expression
// sources over folded text. Chosen by hand (2026) from the religions and practices named in the
// guides of the Observatoire de la laïcité (2013–2021) and the Éducation nationale's vademecum
// « La laïcité à l'école » (2021). Places and feasts ("la mosquée", "l'Aïd") count only next to a
// person: as topics they pass.

export const RELIGION_TERMS = [
  'musulman(?:e|es|s)?',
  "(?:converti|convertie|conversion) (?:a l'islam|au christianisme|au judaisme|a l'islam)",
  "s'est convertie?",
  // "pratiquant de boxe" is a sport
  "pratiquant(?:e|es|s)?(?! (?:de|du|des|d'))",
  'tres religieu(?:x|se)',
  'religieu(?:x|se)',
  'ramadan',
  '(?:porte|porter|portent|met|mettre) (?:le )?(?:voile|foulard|niqab|kippa|turban)',
  'voilee',
  'juif|juive|juifs|juives',
  'chretien(?:ne|nes|s)?',
  'catholique',
  'protestant(?:e)?',
  'evangelique',
  'temoins? de jehovah',
  'bouddhiste',
  'hindou(?:e)?',
  'sikh',
  'athee',
  'salafiste',
  'radicalis(?:e|ee|ation)',
  '(?:va|vont|aller) a la (?:mosquee|messe|synagogue)',
  'a la mosquee',
  'a la messe',
  'a la synagogue',
  // "prié de venir" folds to the same letters: only with a count or a rite
  "(?:prie|prient) (?:\\d+ fois|tous les|chaque|a la mosquee|a l'eglise)",
  'fait (?:la|sa|ses) prieres?',
  'ne mange pas de porc',
  '(?:premiere )?communion',
  'bar mitzvah',
  'catechisme|catechese',
] as const;
