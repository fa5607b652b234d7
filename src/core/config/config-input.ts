// The words after `config`, as the input the command runs. The journal's page and the
// retention's months are checked by their handlers, to answer in one short sentence.
import { z } from 'zod';
import { isValidTimeZone } from '../args/human-date.ts';
import { type Token, tokenText } from '../args/tokenize.ts';
import { LOCALES } from '../locale.ts';
import { fold } from '../text/fold.ts';

const SETTINGS = {
  name: ['nom', 'name'],
  locale: ['langue', 'language', 'lang'],
  timeZone: ['fuseau', 'timezone', 'tz', 'fuseau-horaire'],
  facilitator: ['facilitateur', 'facilitatrice', 'facilitator'],
  merge: ['fusionner', 'merge', 'fusion'],
  journal: ['journal', 'audit'],
  retention: ['conservation', 'retention'],
} as const;
const INTO = ['dans', 'into', 'vers', 'avec', 'with'];
const ADD = ['ajouter', 'add', 'nommer', '+'];
const REMOVE = ['retirer', 'remove', 'enlever', 'supprimer', '-'];

const person = z
  .array(z.custom<Token>((v) => typeof v === 'object' && v !== null && 'kind' in v))
  .min(1, 'config.error.member')
  .max(6, 'config.error.member');

export const configInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('show') }),
  z.object({ action: z.literal('name'), value: z.string({ error: 'config.error.name' }) }),
  z.object({ action: z.literal('locale'), value: z.enum(LOCALES, { error: 'config.error.locale' }) }),
  z.object({
    action: z.literal('timeZone'),
    value: z.string({ error: 'config.error.timezone' }).refine(isValidTimeZone, 'config.error.timezone'),
  }),
  z.object({ action: z.literal('facilitator'), op: z.enum(['add', 'remove']), who: person }),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'settingUnknown'),
  z.object({
    action: z.literal('merge'),
    source: z.string({ error: 'mergeUsage' }).min(1, 'mergeUsage').max(120, 'error.too-long'),
    target: z.string({ error: 'mergeUsage' }).min(1, 'mergeUsage').max(120, 'error.too-long'),
  }),
  z.object({ action: z.literal('journal'), page: z.string().optional() }),
  z.object({ action: z.literal('retention'), value: z.string().optional() }),
]);

export type ConfigInput = z.infer<typeof configInput>;

function settingOf(word: string): keyof typeof SETTINGS | undefined {
  const key = fold(word);
  return (Object.keys(SETTINGS) as Array<keyof typeof SETTINGS>).find((s) =>
    (SETTINGS[s] as readonly string[]).includes(key),
  );
}

function parseFacilitator(rest: readonly Token[]): unknown {
  const [opToken, ...who] = rest;
  const op = opToken ? fold(tokenText(opToken)) : '';
  if (REMOVE.includes(op)) return { action: 'facilitator', op: 'remove', who };
  if (ADD.includes(op)) return { action: 'facilitator', op: 'add', who };
  return { action: 'facilitator', op: 'add', who: rest };
}

export function parseConfig(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'show' };
  const setting = settingOf(tokenText(first));
  if (!setting) return { action: 'unknown' };
  if (setting === 'merge') {
    const names = rest.filter((w) => !(w.kind === 'word' && INTO.includes(fold(w.text)))).map(tokenText);
    return names.length === 2 ? { action: 'merge', source: names[0], target: names[1] } : { action: 'merge' };
  }
  if (setting === 'facilitator') return parseFacilitator(rest);
  const value = rest.map(tokenText).join(' ').trim();
  if (setting === 'journal') return { action: 'journal', page: value || undefined };
  if (setting === 'retention') return { action: 'retention', value: value || undefined };
  return { action: setting, value: setting === 'locale' ? fold(value) : value || undefined };
}
