// Data: words that reveal a person's sexual orientation or gender identity (RGPD art. 9), as
// regular-expression sources over folded text. Chosen by hand (2026) from the glossary of the
// DILCRAH (Délégation interministérielle à la lutte contre le racisme, l'antisémitisme et la haine
// anti-LGBT) and the words of SOS Homophobie's yearly report. Alone ("semaine contre
// l'homophobie", "jeunes LGBT") they are topics and pass.

export const ORIENTATION_TERMS = [
  'homosexuel(?:le|les|s)?',
  'homosexualite',
  'homo',
  'gay',
  'lesbienne',
  'bisexuel(?:le)?',
  'pansexuel(?:le)?',
  'trans',
  'transgenre',
  'transsexuel(?:le)?',
  'non[ -]binaire',
  'queer',
  'coming[ -]out',
  'orientation sexuelle',
  'identite de genre',
  'en couple avec une fille',
  'en couple avec un garcon',
] as const;
