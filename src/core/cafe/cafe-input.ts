// The words after `cafe` / `coffee`, as the input the command runs.
import { z } from 'zod';
import { refOf } from '../args/ref.ts';
import { type Token, tokenText } from '../args/tokenize.ts';
import { fold } from '../text/fold.ts';
import { weekdayOf } from './cafe-schedule.ts';

const ACTIONS = {
  join: ['oui', 'yes', 'inscrire', 'participer', 'join', 'in', 'optin'],
  leave: ['non', 'no', 'desinscrire', 'quitter', 'leave', 'out', 'optout'],
  status: ['statut', 'status', 'etat', 'state', 'info', 'infos'],
  here: ['ici', 'here', 'canal', 'channel'],
  every: ['rythme', 'cadence', 'frequence', 'every', 'rhythm', 'frequency'],
  day: ['jour', 'day'],
  on: ['on', 'activer', 'reprendre', 'enable', 'resume', 'start'],
  off: ['off', 'desactiver', 'pause', 'arreter', 'disable', 'stop'],
  run: ['lancer', 'run', 'maintenant', 'now', 'tour', 'round'],
  met: ['rencontre', 'rencontres', 'met', 'vu', 'meeting'],
} as const;

type Action = keyof typeof ACTIONS;

const YES = ['oui', 'yes', 'o', 'y'];
const NO = ['non', 'no', 'n', 'pasencore', 'notyet'];

export const cafeInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('status') }),
  z.object({ action: z.literal('join') }),
  z.object({ action: z.literal('leave') }),
  z.object({ action: z.literal('here') }),
  z.object({ action: z.literal('on') }),
  z.object({ action: z.literal('off') }),
  z.object({ action: z.literal('run') }),
  z.object({
    action: z.literal('every'),
    weeks: z
      .number({ error: 'everyInvalid' })
      .int('everyInvalid')
      .min(1, 'everyInvalid')
      .max(8, 'everyInvalid'),
  }),
  z.object({
    action: z.literal('day'),
    weekday: z.number({ error: 'dayInvalid' }).int().min(1).max(7),
  }),
  z.object({
    action: z.literal('met'),
    ref: z.number({ error: 'metUsage' }).int('metUsage').positive('metUsage'),
    met: z.boolean({ error: 'metUsage' }),
  }),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'unknownAction'),
]);

export type CafeInput = z.infer<typeof cafeInput>;

function actionOf(token: Token | undefined): Action | undefined {
  if (token?.kind !== 'word') return undefined;
  const key = fold(token.text);
  return (Object.keys(ACTIONS) as Action[]).find((a) => (ACTIONS[a] as readonly string[]).includes(key));
}

function answerOf(token: Token | undefined): boolean | undefined {
  const word = token ? fold(tokenText(token)).replace(/[^a-z]/g, '') : '';
  return YES.includes(word) ? true : NO.includes(word) ? false : undefined;
}

export function parseCafe(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'status' };
  const action = actionOf(first);
  switch (action) {
    case 'every': {
      // `cafe rythme 2`, `cafe rythme 2 semaines`, `coffee every 2 weeks`.
      const [count, unit] = rest;
      const unitOk = !unit || /^(semaines?|weeks?|sem|w)$/.test(fold(tokenText(unit)));
      const weeks = count?.kind === 'word' && /^\d+$/.test(count.text) ? Number(count.text) : undefined;
      return { action, weeks: unitOk && rest.length <= 2 ? weeks : undefined };
    }
    case 'day':
      return { action, weekday: rest.length === 1 && rest[0] ? weekdayOf(tokenText(rest[0])) : undefined };
    case 'met':
      return rest.length === 2 ? { action, ref: refOf(rest[0]), met: answerOf(rest[1]) } : { action };
    case undefined:
      return { action: 'unknown' };
    default:
      return rest.length > 0 ? { action: 'unknown' } : { action };
  }
}
