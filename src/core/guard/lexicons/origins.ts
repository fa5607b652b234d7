// Data: words that reveal a person's origin, real or supposed (RGPD art. 9: racial or ethnic
// origin), and the migration statuses that go with it, as regular-expression sources over folded
// text. Nationality adjectives were chosen by hand (2026) from INSEE's list of countries and
// territories (Code officiel géographique), keeping those of the countries most present in the
// territories Maillage serves; group names from the CNCDH's yearly reports on racism. "Français"
// is left out: it is also a school subject and a language.

export const ORIGIN_TERMS = [
  "d'origine [a-z]+",
  '(?:ses|leurs) origines',
  '(?:algerien|marocain|tunisien|malien|senegalais|guineen|ivoirien|camerounais|congolais|comorien|mauritanien|' +
    'kurde|afghan|pakistanais|bangladais|indien|sri-lankais|tamoul|chinois|vietnamien|cambodgien|roumain|' +
    'bulgare|kosovar|albanais|serbe|tchetchene|russe|ukrainien|georgien|armenien|syrien|irakien|libanais|' +
    'egyptien|erythreen|soudanais|ethiopien|somalien|nigerian|ghaneen|haitien|bresilien|portugais|polonais|' +
    'moldave|capverdien|malgache|rwandais|burkinabe|togolais|beninois|gabonais|tchadien|angolais|palestinien|' +
    'iranien|kabyle|berbere|maghrebin|africain|antillais|guadeloupeen|martiniquais|guyanais|reunionnais|' +
    'mahorais|turc|turque)(?:ne|nes|e|es|s)?',
  'roms?',
  'gitane?s?',
  'tsiganes?',
  'manouches?',
  'yeniches?',
  'gens du voyage',
  'metis(?:se|ses|s)?',
  '(?:est|sont|un|une|jeune) noire?s?',
  'arabe',
  'beur|rebeu|renoi',
  'sans[ -]papiers',
  'mna',
  'mineure? non accompagnee?',
  "demandeu(?:r|se) d'asile",
  'refugiee?',
  'regularisation',
] as const;
