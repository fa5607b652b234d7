export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Platform locales such as `fr-FR`, `en-GB`, `en_US` reduced to a supported language, if any. */
export function localeFrom(value: string | undefined | null): Locale | undefined {
  if (!value) return undefined;
  const lang = value.slice(0, 2).toLowerCase();
  return isLocale(lang) ? lang : undefined;
}
