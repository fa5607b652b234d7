// Message lookup: every user-facing string exists in French and English; the French
// catalog is typeset once at load.
import type { Locale } from '../locale.ts';
import { en } from './catalog-en.ts';
import { type CatalogKey, fr } from './catalog-fr.ts';
import { frenchTypography } from './typography.ts';

export type { CatalogKey };
/** Values put into messages; a bilingual value is taken in the message's language. */
export type Params = Readonly<Record<string, string | number | Bilingual>>;

const typesetFr = Object.fromEntries(
  Object.entries(fr).map(([key, value]) => [key, frenchTypography(value)]),
) as Record<CatalogKey, string>;

export const catalogs: Readonly<Record<Locale, Readonly<Record<CatalogKey, string>>>> = { fr: typesetFr, en };

export function interpolate(template: string, params: Params = {}, locale: Locale = 'fr'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

export function t(locale: Locale, key: CatalogKey, params?: Params): string {
  return interpolate(catalogs[locale][key], params, locale);
}

/** A text given in both languages by a command file, typeset like the catalog. */
export type Bilingual = Readonly<Record<Locale, string>>;

export function localized(locale: Locale, texts: Bilingual, params?: Params): string {
  const raw = texts[locale];
  return interpolate(locale === 'fr' ? frenchTypography(raw) : raw, params, locale);
}

/** A list joined as people write it: "a, b et c" / "a, b and c". */
export function joinList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${last}`;
}

/** A message of the shared catalog (by key) or a feature's own bilingual text. */
export function render(locale: Locale, message: CatalogKey | Bilingual, params?: Params): string {
  return typeof message === 'string' ? t(locale, message, params) : localized(locale, message, params);
}

/** Declares a feature's messages: every entry in French and English, typeset on use. */
export const defineMessages = <K extends string>(
  table: Record<K, Bilingual>,
): Readonly<Record<K, Bilingual>> => table;

/** A message rendered in both languages, to pass as a parameter of another message. */
/** French counts 0 and 1 in the singular (« 0 échange »), English 1 only. */
export const isOne = (locale: Locale, count: number): boolean => (locale === 'fr' ? count < 2 : count === 1);

export const inBoth = (message: Bilingual, params?: Params): Bilingual => ({
  fr: localized('fr', message, params),
  en: localized('en', message, params),
});

/** Renders messages in one language: what commands and renderers call `say`. */
export type Say = (message: CatalogKey | Bilingual, params?: Params) => string;
export const sayer =
  (locale: Locale): Say =>
  (message, params) =>
    render(locale, message, params);
