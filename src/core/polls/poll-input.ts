// How the words after `sondage` / `poll` become an action: a list, one poll, closing or
// exporting one, or — anything else — a new poll, read by parse-poll.ts.
import { z } from 'zod';
import { refOf } from '../args/ref.ts';
import type { Token } from '../args/tokenize.ts';
import { fold } from '../text/fold.ts';

const LIST = ['liste', 'list', 'ouverts', 'open'];
const SHOW = ['voir', 'show', 'afficher', 'resultats', 'results'];
const CLOSE = ['fermer', 'close', 'clore', 'cloturer', 'terminer', 'end'];
const EXPORT = ['export', 'exporter', 'csv'];
const PUBLISH = ['publier', 'publish', 'post', 'reposter', 'repost'];

export function parsePollCommand(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'list' };
  const word = first.kind === 'word' ? fold(first.text) : '';
  if (LIST.includes(word) && rest.length === 0) return { action: 'list' };
  const single = rest.length === 1 ? refOf(rest[0]) : undefined;
  if (SHOW.includes(word)) return { action: 'show', ref: single };
  if (CLOSE.includes(word)) return { action: 'close', ref: single };
  if (EXPORT.includes(word)) return { action: 'export', ref: single };
  if (PUBLISH.includes(word)) return { action: 'publish', ref: single };
  const ref = refOf(first);
  if (ref !== undefined && rest.length === 0) return { action: 'show', ref };
  return { action: 'create', tokens };
}

// 0 passes: it is answered like any number that names no poll.
const ref = z.number({ error: 'ref-missing' }).int('ref-missing').nonnegative('ref-missing');
const token = z.custom<Token>((v) => typeof v === 'object' && v !== null);

export const pollInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list') }),
  z.object({ action: z.enum(['show', 'close', 'export', 'publish']), ref }),
  z.object({ action: z.literal('create'), tokens: z.array(token) }),
]);

export type PollInput = z.infer<typeof pollInput>;
