// Scheduled posts on Slack (digest, poll results, café announcements), which has no
// idempotency key. Each part of such a post carries message metadata `maillage_post`
// {key, part, parts}; before posting, the channel's last day (or the poll's thread) is read
// for parts already there, which are not posted again.
//
// These calls go through a Web API client that neither retries by itself nor waits out a
// rate limit (bolt-app.ts): its retries would repeat a post Slack stored but whose answer
// was lost, unchecked (one post went out 6 times so), and its wait on a 429 pauses every
// call of the client. A failure comes back to the scheduler instead, with the wait Slack
// asked for; the scheduler waits, holding its claim, and tries again — which looks first.
// The lookup needs the `channels:history` / `groups:history` scopes (see the manifest).
// Without them Slack answers `missing_scope` and the post goes ahead unchecked — but a part
// is posted unchecked at most twice while Slack may have stored it (its answer lost): at
// most one duplicate; past that it is taken as posted, with a warning.
//
// A post's picture (the digest's map) is uploaded into the channel after the text, as the
// post's last part. Slack keeps no metadata on a file, so the uploaded file's name carries
// the key's short hash (`carte-1a2b3c4d.png`) and the lookup recognises it by that name.
import { createHash } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { err, type Logger, ok, type Result } from '../../src/core/public.ts';
import type { SlackMessage } from './block-kit.ts';
import { type Picture, uploadPicture } from './picture-upload.ts';
import { isTransientError, mayHaveReachedSlack, slackErrorCode, slackRetryAfterMs } from './slack-errors.ts';

/** The metadata event type of Maillage's keyed posts. */
export const POST_EVENT_TYPE = 'maillage_post';
/** How far back, and how many messages, the lookup for an earlier post reads. */
const LOOKUP_SECONDS = 24 * 3600;
const LOOKUP_LIMIT = 50;
/** Unchecked tries of one part, whose answer was lost, after which it is taken as posted. */
const UNSURE_TRIES = 2;

export type Where = { channel: string; ts: string };

/** A keyed post's picture in Slack: its name with 8 hex digits of SHA-256 of the key (`carte-1a2b3c4d.png`). */
export function keyedPictureName(key: string, name: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${name.replace(/\.png$/i, '')}-${hash}.png`;
}

/** Slack's error code, and the wait it asked for when it limited the rate. */
export interface SlackFailure {
  code: string;
  retryAfterMs?: number;
}

/** What chat.postMessage is given for one part: nothing in the text becomes a mention or a link. */
export function postArguments(channel: string, part: SlackMessage, threadTs?: string) {
  return {
    channel,
    text: part.text,
    blocks: part.blocks,
    unfurl_links: false,
    unfurl_media: false,
    parse: 'none' as const,
    link_names: false,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
}

interface Deps {
  /** The client without retries nor waits of its own. */
  client: webApi.WebClient;
  logger: Logger;
  /** The bot's own bot id (auth.test), to recognise its messages in a channel's history. */
  botId?: () => string | undefined;
}

type Seen = {
  ts?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: unknown };
  files?: ReadonlyArray<{ name?: string }>;
};

/** What an earlier try left in the channel: parts by number, and whether the picture is there. */
type Earlier = { found: Map<number, Where>; pictured: boolean; checked: boolean };

export function keyedPoster({ client, logger, botId }: Deps) {
  /** `key#part` → unchecked tries Slack may have done (their answer lost), until the post is done. */
  const unsure = new Map<string, number>();

  const failure = (method: string, channel: string, error: unknown): SlackFailure => {
    const code = slackErrorCode(error);
    const retryAfterMs = slackRetryAfterMs(error);
    logger.warn({ platform: 'slack', method, code, channel, retryAfterMs }, 'Slack refused a call');
    return retryAfterMs === undefined ? { code } : { code, retryAfterMs };
  };

  /**
   * The parts of the post named `key` already in the channel (or thread), by part number.
   * Fails only when Slack cannot answer now (posting unchecked could then duplicate); goes
   * on unchecked, after a log line, when the bot may not read the history.
   */
  async function postedEarlier(
    channel: string,
    key: string,
    threadTs: string | undefined,
    pictureName: string | undefined,
  ): Promise<Result<Earlier, SlackFailure>> {
    const oldest = String(Math.floor(Date.now() / 1000) - LOOKUP_SECONDS);
    const common = { channel, include_all_metadata: true, limit: LOOKUP_LIMIT, oldest };
    const method = threadTs ? 'conversations.replies' : 'conversations.history';
    let messages: readonly Seen[];
    try {
      const page = threadTs
        ? await client.conversations.replies({ ...common, ts: threadTs })
        : await client.conversations.history(common);
      messages = page.messages ?? [];
    } catch (error) {
      if (isTransientError(slackErrorCode(error))) return err(failure(method, channel, error));
      logger.info(
        { platform: 'slack', method, code: slackErrorCode(error), channel },
        'cannot look for an earlier post (add channels:history and groups:history to check): posting unchecked',
      );
      return ok({ found: new Map(), pictured: false, checked: false });
    }
    const mine = botId?.();
    const found = new Map<number, Where>();
    // By its name alone: a file share's message may not carry the bot id, and the name holds the key's hash.
    const pictured =
      pictureName !== undefined && messages.some((m) => m.files?.some((f) => f.name === pictureName));
    for (const m of messages) {
      if (m.metadata?.event_type !== POST_EVENT_TYPE || !m.ts) continue;
      if (mine && m.bot_id !== mine) continue;
      const payload = m.metadata.event_payload as { key?: unknown; part?: unknown } | undefined;
      if (payload?.key === key && typeof payload.part === 'number')
        found.set(payload.part, { channel, ts: m.ts });
    }
    if (found.size > 0 || pictured)
      logger.info({ platform: 'slack', channel, parts: found.size, pictured }, 'already posted: not again');
    return ok({ found, pictured, checked: true });
  }

  /** Unchecked, a part whose answer was lost twice is taken as posted: a third try could be a second duplicate. */
  function takenAsPosted(channel: string, key: string, part: number): boolean {
    if ((unsure.get(`${key}#${part}`) ?? 0) < UNSURE_TRIES) return false;
    logger.warn(
      { platform: 'slack', channel, part, tries: UNSURE_TRIES },
      'cannot tell whether Slack stored a scheduled post (no history scopes): not posted again',
    );
    return true;
  }

  /**
   * Uploads the picture as the post's last part (number `part`). A refusal that will not
   * change (missing_scope for an app installed before files:write, not_in_channel…) is
   * logged and the post still counts as done: the digest's text matters more than its
   * picture, and retrying would only fail again. Slack failing or limiting the rate is
   * given back to the scheduler, whose retry looks for the file first.
   */
  async function postPicture(
    channel: string,
    upload: { picture: Picture; name: string; threadTs: string | undefined },
    key: string,
    part: number,
  ): Promise<Result<void, SlackFailure>> {
    try {
      await uploadPicture(client, {
        channelId: channel,
        picture: upload.picture,
        name: upload.name,
        ...(upload.threadTs ? { threadTs: upload.threadTs } : {}),
      });
      return ok(undefined);
    } catch (error) {
      const code = slackErrorCode(error);
      if (!isTransientError(code)) {
        logger.warn(
          { platform: 'slack', method: 'files.upload', code, channel },
          'picture not posted (the text is): not retried',
        );
        return ok(undefined);
      }
      const tried = `${key}#${part}`;
      if (mayHaveReachedSlack(error)) unsure.set(tried, (unsure.get(tried) ?? 0) + 1);
      return err(failure('files.upload', channel, error));
    }
  }

  /** Posts the parts not already there, in order, then the picture; answers where the first part is. */
  return async function postKeyed(
    channel: string,
    parts: readonly SlackMessage[],
    key: string,
    threadTs?: string,
    picture?: Picture,
  ): Promise<Result<Where | undefined, SlackFailure>> {
    const pictureName = picture && keyedPictureName(key, picture.name);
    const earlier = await postedEarlier(channel, key, threadTs, pictureName);
    if (!earlier.ok) return earlier;
    const { found, pictured, checked } = earlier.value;
    let first = found.get(0);
    for (const [i, part] of parts.entries()) {
      if (found.has(i) || (!checked && takenAsPosted(channel, key, i))) continue;
      try {
        const posted = await client.chat.postMessage({
          ...postArguments(channel, part, threadTs),
          metadata: { event_type: POST_EVENT_TYPE, event_payload: { key, part: i, parts: parts.length } },
        });
        if (!first && posted.ts) first = { channel: posted.channel ?? channel, ts: posted.ts };
      } catch (error) {
        const tried = `${key}#${i}`;
        if (mayHaveReachedSlack(error)) unsure.set(tried, (unsure.get(tried) ?? 0) + 1);
        return err(failure('chat.postMessage', channel, error));
      }
    }
    // The picture is the last part: number parts.length.
    const last = parts.length;
    if (picture && pictureName && !pictured && (checked || !takenAsPosted(channel, key, last))) {
      const uploaded = await postPicture(channel, { picture, name: pictureName, threadTs }, key, last);
      if (!uploaded.ok) return uploaded;
    }
    for (let i = 0; i <= last; i++) unsure.delete(`${key}#${i}`);
    return ok(first);
  };
}
