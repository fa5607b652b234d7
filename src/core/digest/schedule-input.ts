// The words after `diagnostic` / `digest`, as the input the command runs.
import { z } from 'zod';
import { type Token, tokenText } from '../args/tokenize.ts';
import { fold } from '../text/fold.ts';

const ACTIONS = {
  here: ['ici', 'here', 'canal', 'channel'],
  schedule: ['horaire', 'schedule', 'quand', 'when', 'frequence', 'frequency', 'cron', 'planning'],
  off: ['off', 'desactiver', 'arreter', 'stop', 'disable', 'pause'],
  on: ['on', 'activer', 'reactiver', 'enable', 'start', 'reprendre', 'resume'],
  status: ['statut', 'status', 'etat', 'state', 'info', 'infos'],
  preview: ['apercu', 'preview', 'voir', 'show'],
} as const;

export type DiagnosticAction = keyof typeof ACTIONS;

export const diagnosticInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('preview') }),
  z.object({ action: z.literal('here') }),
  z.object({ action: z.literal('off') }),
  z.object({ action: z.literal('on') }),
  z.object({ action: z.literal('status') }),
  z.object({
    action: z.literal('schedule'),
    text: z.string({ error: 'scheduleMissing' }).trim().min(1, 'scheduleMissing').max(200, 'error.too-long'),
  }),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'unknownAction'),
]);

export type DiagnosticInput = z.infer<typeof diagnosticInput>;

function actionOf(word: string): DiagnosticAction | undefined {
  const key = fold(word);
  return (Object.keys(ACTIONS) as DiagnosticAction[]).find((a) =>
    (ACTIONS[a] as readonly string[]).includes(key),
  );
}

export function parseDiagnostic(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'preview' };
  const action = first.kind === 'word' ? actionOf(first.text) : undefined;
  if (action === 'schedule')
    return { action, text: rest.length > 0 ? rest.map(tokenText).join(' ') : undefined };
  // The other actions take no words after them: anything more is a mistake worth telling.
  if (!action || rest.length > 0) return { action: 'unknown' };
  return { action };
}
