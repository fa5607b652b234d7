// Posting in Slack: public messages with chat.postMessage (so they can be edited later,
// unlike response_url answers), each answered by its ref `channel:ts` (which the core
// stores for a poll's live message, and hands back to edit it with chat.update or to post
// its results in its thread), private messages to other members as direct messages, and a
// café group's introduction in one group DM of its members and the bot (conversations.open
// with several users, which needs `mpim:write`). Failures come back as Slack's error code;
// each is logged with the method and channel, never the text.
//
// A scheduled post names itself (an idempotency key): it goes through scheduled-posts.ts,
// which marks each part with message metadata, looks for parts already posted, and leaves
// retries to the scheduler (no blind retry by the Web API client).
//
// A message's picture (the digest's map) is uploaded into the same channel after its text
// (picture-upload.ts); for a private answer, into the asker's DM with the bot (directPicture).
import type { webApi } from '@slack/bolt';
import {
  type AnyPrivateFile,
  err,
  type Logger,
  type Message,
  ok,
  type PostOutcome,
  type Publisher,
  type Result,
} from '../../src/core/public.ts';
import { type SlackMessage, toBlockKit } from './block-kit.ts';
import { type Picture, uploadPicture, uploadPictureToUser } from './picture-upload.ts';
import { uploadAnyPrivateFile } from './private-file.ts';
import { keyedPoster, postArguments, type SlackFailure, type Where } from './scheduled-posts.ts';
import { directOutcomeOf, groupOutcomeOf, postOutcomeOf, slackErrorCode } from './slack-errors.ts';

export { POST_EVENT_TYPE } from './scheduled-posts.ts';

/** Where a message was posted: `C123:1700000000.000100`. */
export const messageRef = (channel: string, ts: string) => `${channel}:${ts}`;

export function parseMessageRef(ref: string | null): { channel: string; ts: string } | undefined {
  const at = ref?.indexOf(':') ?? -1;
  if (!ref || at <= 0 || at === ref.length - 1) return undefined;
  return { channel: ref.slice(0, at), ts: ref.slice(at + 1) };
}

export interface SlackPoster {
  /**
   * Posts a public message in a channel (a poll's results in the live message's thread);
   * answers its ref (`channel:ts`), or Slack's error code.
   */
  post(channelId: string | null, message: Message): Promise<Result<string | undefined, string>>;
  /** Sends a private message to a user, in the conversation between them and the bot. */
  direct(userId: string, message: Message): Promise<void>;
  /** Uploads a file for a user only, into their conversation with the bot; the error is Slack's code. */
  directFile(userId: string, file: AnyPrivateFile): Promise<Result<void, string>>;
  /** Uploads a picture for a user only, into their conversation with the bot; the error is Slack's code. */
  directPicture(userId: string, picture: Picture): Promise<Result<void, string>>;
  /** Answers in the thread of a message. */
  thread(channel: string, threadTs: string, message: Message): Promise<void>;
  /** The core's port: says what became of each post, never throws for Slack's refusals. */
  publisher: Publisher;
}

interface PosterDeps {
  client: webApi.WebClient;
  /** For scheduled posts: a client that neither retries nor waits out a rate limit by itself. */
  scheduledClient?: webApi.WebClient;
  logger: Logger;
  /** The bot's own bot id (auth.test), to recognise its messages in a channel's history. */
  botId?: () => string | undefined;
}

export function createPoster({ client, scheduledClient, logger, botId }: PosterDeps): SlackPoster {
  const failed = (method: string, channel: string, error: unknown): string => {
    const code = slackErrorCode(error);
    logger.warn({ platform: 'slack', method, code, channel }, 'Slack refused a call');
    return code;
  };

  const postKeyed = keyedPoster({ client: scheduledClient ?? client, logger, botId });

  /** Posts each part in order; answers where the first part went. */
  async function postParts(
    channel: string,
    parts: readonly SlackMessage[],
    threadTs?: string,
  ): Promise<Result<Where | undefined, SlackFailure>> {
    let first: Where | undefined;
    for (const part of parts) {
      try {
        const posted = await client.chat.postMessage(postArguments(channel, part, threadTs));
        if (!first && posted.ts) first = { channel: posted.channel ?? channel, ts: posted.ts };
      } catch (error) {
        return err({ code: failed('chat.postMessage', channel, error) });
      }
    }
    return ok(first);
  }

  /**
   * Without a key, the picture follows the text and any failure to upload it is only
   * logged: the text is posted, and trying the whole post again would post it twice.
   */
  async function postPicture(channel: string, picture: Picture, threadTs?: string): Promise<void> {
    try {
      await uploadPicture(client, { channelId: channel, picture, ...(threadTs ? { threadTs } : {}) });
    } catch (error) {
      failed('files.upload', channel, error);
    }
  }

  /** With a key, a scheduled post: parts (and the picture) already posted under it are not posted again. */
  async function postAll(
    channel: string,
    message: Message,
    threadTs?: string,
    key?: string,
  ): Promise<Result<Where | undefined, SlackFailure>> {
    const parts = toBlockKit(message);
    if (key) return postKeyed(channel, parts, key, threadTs, message.picture);
    const posted = await postParts(channel, parts, threadTs);
    if (posted.ok && message.picture) await postPicture(channel, message.picture, threadTs);
    return posted;
  }

  /** Edits a posted message to show its first part (a poll's live message: one part). */
  async function edit(ref: string, message: Message): Promise<Result<void, string>> {
    const where = parseMessageRef(ref);
    const [part] = toBlockKit(message);
    if (!where || !part) return err('no_channel');
    try {
      await client.chat.update({
        channel: where.channel,
        ts: where.ts,
        text: part.text,
        blocks: part.blocks,
        parse: 'none',
        link_names: false,
      });
      return ok(undefined);
    } catch (error) {
      return err(failed('chat.update', where.channel, error));
    }
  }

  /** In the thread of `replyTo` when given (a poll's results), else in the channel; the first part's ref. */
  async function post(
    channelId: string | null,
    message: Message,
    options: { key?: string | undefined; replyTo?: string | undefined } = {},
  ): Promise<Result<string | undefined, SlackFailure>> {
    const thread = parseMessageRef(options.replyTo ?? null);
    const channel = thread?.channel ?? channelId;
    if (!channel) return err({ code: 'no_channel' });
    const posted = await postAll(channel, message, thread?.ts, options.key);
    if (!posted.ok) return posted;
    return ok(posted.value && messageRef(posted.value.channel, posted.value.ts));
  }

  /** The group DM of these people and the bot (Slack resumes it if it exists); its id. */
  async function openGroup(userIds: readonly string[]): Promise<Result<string, string>> {
    try {
      const opened = await client.conversations.open({ users: userIds.join(',') });
      return opened.channel?.id ? ok(opened.channel.id) : err('no_channel');
    } catch (error) {
      const code = slackErrorCode(error);
      logger.warn(
        { platform: 'slack', method: 'conversations.open', code, users: userIds.length },
        'Slack refused a call',
      );
      return err(code);
    }
  }

  return {
    async post(channelId, message) {
      const replyTo = message.poll?.replyTo;
      const posted = await post(channelId, message, replyTo ? { replyTo } : {});
      return posted.ok ? posted : err(posted.error.code);
    },
    async direct(userId, message) {
      await postParts(userId, toBlockKit(message));
    },
    directFile: (userId, file) => uploadAnyPrivateFile(client, logger, userId, file),
    directPicture: (userId, picture) => uploadPictureToUser(client, logger, userId, picture),
    async thread(channel, threadTs, message) {
      await postParts(channel, toBlockKit(message), threadTs);
    },
    publisher: {
      async post(_space, channelId, message, _locale, options): Promise<PostOutcome> {
        const posted = await post(channelId, message, {
          key: options?.idempotencyKey,
          replyTo: options?.replyTo,
        });
        if (posted.ok) return posted.value ? { ok: true, ref: posted.value } : { ok: true };
        const { code, retryAfterMs } = posted.error;
        const reason = postOutcomeOf(code);
        logger.warn({ platform: 'slack', code, reason }, 'scheduled message not posted');
        return retryAfterMs === undefined ? { ok: false, reason } : { ok: false, reason, retryAfterMs };
      },
      async edit(_space, ref, message): Promise<PostOutcome> {
        const edited = await edit(ref, message);
        return edited.ok ? { ok: true } : { ok: false, reason: postOutcomeOf(edited.error) };
      },
      async direct(_space, userId, message): Promise<PostOutcome> {
        const sent = await postParts(userId, toBlockKit(message));
        if (sent.ok) return { ok: true };
        const reason = directOutcomeOf(sent.error.code);
        logger.warn({ platform: 'slack', code: sent.error.code, reason }, 'direct message not sent');
        return { ok: false, reason };
      },
      async directGroup(_space, userIds, message): Promise<PostOutcome> {
        const opened = await openGroup(userIds);
        const sent = opened.ok
          ? await postParts(opened.value, toBlockKit(message))
          : err({ code: opened.error });
        if (sent.ok) return { ok: true };
        const reason = groupOutcomeOf(sent.error.code);
        logger.warn(
          { platform: 'slack', code: sent.error.code, reason, users: userIds.length },
          'group message not sent',
        );
        return { ok: false, reason };
      },
    },
  };
}
