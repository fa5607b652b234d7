// Scheduled posts on Discord (digest, poll results, café announcements). Each part is sent
// with a nonce derived from the post's key and the part's number, and `enforce_nonce`:
// Discord answers a repeated send with the message it already created instead of a second
// one — discord.js retrying a lost answer, the scheduler retrying within seconds — for as
// long as Discord remembers nonces, a few minutes. A retry may come later (a run postponed,
// or taken over after a crash): it first reads the channel's last messages and does not
// post again a part the bot already posted there in the last day (Discord gives no nonce
// back in the history, so a part is recognised by its text and, for poll results, by the
// message it answers). That reading needs Read Message History, which the invite asks for;
// without it Discord returns no messages and the retry posts unchecked.
// A post's picture (the digest's map) is attached to its first part, with that part's nonce:
// a repeated send returns the message with its file, and the history check, by text, finds
// the first part whether it carries the file or not.
//
// These calls go through a REST client that rejects a rate-limited call instead of waiting
// (discord-adapter.ts): the scheduler waits, holding its claim, and the wait holds nothing
// else.
import { createHash } from 'node:crypto';
import { RateLimitError, type REST, Routes } from 'discord.js';
import type { Logger } from '../../src/core/public.ts';
import { type Picture, restPicture } from './picture-attachment.ts';
import { errorContext, failureOf, type PostFailure } from './platform-errors.ts';
import { NO_MENTIONS, type Rendered } from './render.ts';

/** Discord's nonce holds at most 25 characters: 25 hex digits (100 bits) of SHA-256. */
export const NONCE_LENGTH = 25;
export const nonceOf = (key: string, part: number): string =>
  createHash('sha256').update(`${key}#${part}`).digest('hex').slice(0, NONCE_LENGTH);

/** How far back, and how many messages (Discord's most per call), the lookup for an earlier post reads. */
const LOOKUP_MS = 24 * 3_600_000;
const LOOKUP_LIMIT = 100;

export type Posted =
  | { ok: true; messageId: string }
  | { ok: false; failure: PostFailure; retryAfterMs?: number };

interface Seen {
  id: string;
  author?: { id?: string };
  timestamp?: string;
  content?: string;
  embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name?: string; value?: string }> }>;
  message_reference?: { message_id?: string };
}

/** What identifies a part in a channel's history: its text, and the message it answers. */
function fingerprint(part: Pick<Seen, 'content' | 'embeds'>, answers: string | undefined): string {
  const trim = (text: string | undefined) => (text ?? '').trim();
  return JSON.stringify([
    trim(part.content),
    (part.embeds ?? []).map((e) => [
      trim(e.title),
      trim(e.description),
      (e.fields ?? []).map((f) => [trim(f.name), trim(f.value)]),
    ]),
    answers ?? null,
  ]);
}

export const messageBody = (rendered: Rendered, extra: object = {}) => ({
  ...rendered,
  allowed_mentions: NO_MENTIONS,
  ...extra,
});

interface Deps {
  /** The REST client that rejects a rate-limited call instead of waiting. */
  rest: REST;
  logger: Logger;
  /** The bot's user id, to recognise its messages in a channel's history. */
  botUserId: () => string | undefined;
}

export interface KeyedPost {
  channelId: string;
  parts: readonly Rendered[];
  key: string;
  /** An earlier try may have posted some parts: look first. */
  retry: boolean;
  /** Makes the first part a reply (poll results answer the poll). */
  extra?: Reply;
  /** Attached to the first part. */
  picture?: Picture;
}

export interface Reply {
  message_reference: { message_id: string; channel_id: string; fail_if_not_exists: boolean };
}

export function keyedSender({ rest, logger, botUserId }: Deps) {
  const failed = (route: string, error: unknown): Posted => {
    const failure = failureOf(error);
    const retryAfterMs = error instanceof RateLimitError ? error.retryAfter : undefined;
    const level = failure === 'failed' && retryAfterMs === undefined ? 'error' : 'warn';
    logger[level]({ route, failure, error: errorContext(error) }, 'Discord refused a message');
    return retryAfterMs === undefined ? { ok: false, failure } : { ok: false, failure, retryAfterMs };
  };

  /** Parts of the post already in the channel, by number; a failure when Discord cannot answer now. */
  async function postedEarlier(post: KeyedPost): Promise<Map<number, string> | Posted> {
    let seen: Seen[];
    try {
      const query = new URLSearchParams({ limit: String(LOOKUP_LIMIT) });
      seen = (await rest.get(Routes.channelMessages(post.channelId), { query })) as Seen[];
    } catch (error) {
      if (failureOf(error) !== 'failed') return new Map(); // no access to read: unchecked
      return failed('channel.history', error);
    }
    const mine = botUserId();
    const since = Date.now() - LOOKUP_MS;
    const byPrint = new Map<string, string>();
    for (const m of seen) {
      if (mine && m.author?.id !== mine) continue;
      if (m.timestamp && Date.parse(m.timestamp) < since) continue;
      byPrint.set(fingerprint(m, m.message_reference?.message_id), m.id);
    }
    const found = new Map<number, string>();
    for (const [i, part] of post.parts.entries()) {
      const answers = i === 0 ? post.extra?.message_reference.message_id : undefined;
      const id = byPrint.get(fingerprint(part, answers));
      if (id) found.set(i, id);
    }
    if (found.size > 0)
      logger.info(
        { platform: 'discord', channel: post.channelId, parts: found.size },
        'already posted: not again',
      );
    return found;
  }

  /** Posts the parts not already there, each with its nonce; answers with the first part's id. */
  return async function sendKeyed(post: KeyedPost): Promise<Posted> {
    const earlier = post.retry ? await postedEarlier(post) : new Map<number, string>();
    if (!(earlier instanceof Map)) return earlier;
    let first = earlier.get(0);
    for (const [i, part] of post.parts.entries()) {
      if (earlier.has(i)) continue;
      const once = { nonce: nonceOf(post.key, i), enforce_nonce: true };
      const attached = i === 0 && post.picture ? restPicture(post.picture) : undefined;
      try {
        const sent = (await rest.post(Routes.channelMessages(post.channelId), {
          body: messageBody(part, {
            ...(i === 0 ? post.extra : {}),
            ...once,
            ...(attached ? { attachments: attached.attachments } : {}),
          }),
          ...(attached ? { files: attached.files } : {}),
        })) as { id: string };
        first ??= sent.id;
      } catch (error) {
        return failed('channel.post', error);
      }
    }
    return first === undefined ? { ok: false, failure: 'failed' } : { ok: true, messageId: first };
  };
}
