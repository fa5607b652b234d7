// Themes of members, exchanges and goals. The codes and French labels come from data·inclusion
// (gip-inclusion/data-inclusion-schema, docs/referentiels/thematiques.md, version of 2025-05-23),
// Licence Ouverte 2.0 / Etalab; the English labels are ours. Sub-themes are `parent--child`.
// A theme may also be a free word ("or free"): `themeLabel` then returns it as typed.
import type { Locale } from '../locale.ts';
import { closest, fold } from '../text/fold.ts';
import { hasPhrase, unique, words } from './match-words.ts';
import { THEME_ROWS } from './theme-rows.ts';

export interface Theme {
  code: string;
  /** The top theme's code for a sub-theme; null for a top theme. */
  parent: string | null;
  fr: string;
  en: string;
}

export const THEMES: readonly Theme[] = THEME_ROWS.map(([code, fr, en]) => {
  const split = code.indexOf('--');
  return { code, parent: split < 0 ? null : code.slice(0, split), fr, en };
});

export const TOP_THEMES: readonly Theme[] = THEMES.filter((theme) => theme.parent === null);

const BY_CODE: ReadonlyMap<string, Theme> = new Map(THEMES.map((theme) => [theme.code, theme]));

/** The label of a known theme code in `locale`, or the free text itself. */
export function themeLabel(code: string, locale: Locale): string {
  const theme = BY_CODE.get(code);
  return theme ? theme[locale] : code;
}

export type ThemeMatch = { theme: Theme } | { suggestions: Theme[] };

const SUGGESTIONS = 5;
const MIN_PREFIX = 3;

// Codes compared with spaces and underscores as hyphens, so the upstream code with a space
// matches whether one types the space or a hyphen, and `Soutien aux familles` its code.
const codeKey = (text: string) => fold(text).replace(/[\s_]+/g, '-');

interface Indexed {
  theme: Theme;
  codes: string[];
  labels: string[];
}

const INDEX: readonly Indexed[] = THEMES.map((theme) => {
  const child = theme.parent === null ? [] : [codeKey(theme.code.slice(theme.parent.length + 2))];
  return { theme, codes: [codeKey(theme.code), ...child], labels: [words(theme.fr), words(theme.en)] };
});

/**
 * The theme someone means: by code (`famille`, `famille--soutien-a-la-parentalite`, or the
 * sub-theme's own part `soutien-a-la-parentalite`), by label in French or English, or by a
 * prefix of a label that only one theme has (`décroch`). Otherwise suggestions, maybe none:
 * the caller may then keep the words as a free theme.
 */
export function findTheme(input: string): ThemeMatch {
  const key = words(input);
  if (!key) return { suggestions: [] };
  const code = codeKey(input);
  const exact = INDEX.filter((i) => i.codes.includes(code) || i.labels.includes(key));
  if (exact.length === 1 && exact[0]) return { theme: exact[0].theme };
  if (exact.length > 1) return { suggestions: exact.slice(0, SUGGESTIONS).map((i) => i.theme) };
  if (key.length >= MIN_PREFIX) {
    const prefixed = INDEX.filter(
      (i) => i.labels.some((l) => l.startsWith(key)) || i.codes.some((c) => c.startsWith(code)),
    );
    const single = onlyOne(prefixed.map((i) => i.theme));
    if (single) return { theme: single };
    if (prefixed.length > 1) return { suggestions: prefixed.slice(0, SUGGESTIONS).map((i) => i.theme) };
  }
  return { suggestions: nearest(key) };
}

/** One theme, or one top theme with some of its own sub-themes (`loge` → Logement et hébergement). */
function onlyOne(themes: readonly Theme[]): Theme | undefined {
  if (themes.length === 1) return themes[0];
  const tops = themes.filter((t) => t.parent === null);
  const top = tops[0];
  if (tops.length === 1 && top && themes.every((t) => t === top || t.parent === top.code)) return top;
  return undefined;
}

function nearest(key: string): Theme[] {
  // "parental" is in no label as a word, but begins one of "Soutien à la parentalité".
  const inLabel = (label: string) =>
    hasPhrase(label, key) || (key.length >= 4 && ` ${label}`.includes(` ${key}`));
  const containing = INDEX.filter((i) => i.labels.some(inLabel)).map((i) => i.theme);
  const owners = new Map<string, Theme>();
  for (const { theme, labels } of INDEX)
    for (const label of labels) if (!owners.has(label)) owners.set(label, theme);
  const near = closest(key, [...owners.keys()], SUGGESTIONS).map((label) => owners.get(label));
  return unique([...containing, ...near.filter((t) => t !== undefined)]).slice(0, SUGGESTIONS);
}
