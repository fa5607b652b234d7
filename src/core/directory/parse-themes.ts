// Themes as members type them: a comma-separated list of referential themes (by code,
// label or prefix) or free words, each checked like any stored text.
import type { Failure } from '../commands/command.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { findTheme } from '../reference/themes.ts';
import { err, ok, type Result } from '../result.ts';
import { directoryMessages as m } from './messages.ts';

export const MAX_THEMES = 10;

export function parseThemes(raw: string, confirmed: boolean): Result<string[], Failure> {
  const parts = raw
    .split(/[,;]|\s#/)
    .map((p) => p.replace(/^#/, '').trim())
    .filter((p) => p.length > 0);
  if (parts.length > MAX_THEMES) return err({ key: m.tooManyThemes, params: { count: parts.length } });
  if (parts.length === 0) return err({ key: m.themeUnknown, params: { theme: raw } });
  const themes: string[] = [];
  for (const part of parts) {
    const found = findTheme(part);
    if ('theme' in found) {
      themes.push(found.theme.code);
      continue;
    }
    if (part.length > 40) return err({ key: m.themeUnknown, params: { theme: part } });
    const free = checkFreeText(part, { max: 40, confirmed });
    if (!free.ok) return free;
    themes.push(free.value);
  }
  return ok([...new Set(themes)]);
}
