// Ways of writing a calendar date, as regular-expression sources over folded text (lower case, no
// accents). Only birthdate.ts uses them, after a birth context: a date alone is ordinary text.

const MONTH =
  '(?:janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|' +
  'novembre|nov|decembre|dec|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|' +
  'september|sep|october|november|december)(?![a-z])\\.?';
const DAY = '(?:1 ?er|premier|[0-3]?\\d(?:st|nd|rd|th)?)';
const YEAR = '(?:19|20)\\d{2}';

const NUMERIC = `[0-3]?\\d ?[/.-] ?[01]?\\d(?: ?[/.-] ?(?:${YEAR}|\\d{2}))?`;
const TEXTUAL = `${DAY} (?:de )?${MONTH}(?:,? ?(?:${YEAR}|'?\\d{2}))?`;
const ENGLISH = `${MONTH} ${DAY},? ${YEAR}`;
const ISO = `${YEAR}[-/.][01]?\\d[-/.][0-3]?\\d`;
const COMPACT = `[0-3]\\d[01]\\d${YEAR}`;
const MONTH_AND_YEAR = `${MONTH} ${YEAR}`;

/** A day and a month at least: 12/03/2009, 12.03.09, 12 mars 2009, 1er mars, 2009-03-12, March 12, 2009. */
export const DATE = `(?:${ISO}|${COMPACT}|${NUMERIC}|${TEXTUAL}|${ENGLISH}|${MONTH_AND_YEAR})(?![\\d])`;

/** A year alone, meaningful only right after "né en", "born in" and the like. */
export const YEAR_ONLY = `${YEAR}(?![\\d])`;
