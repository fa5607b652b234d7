// What Maillage posts in channels with the bot token (never an interaction token, which
// expires after 15 minutes): scheduled messages, a poll's live message (answered by its
// ref `channelId:messageId`, which the core stores to have it edited as votes come in),
// its results as a reply to it, private messages (with a file attached: direct-file.ts).
// A message's picture (the digest's map) is attached to its first part (picture-attachment.ts).
//
// A scheduled post names itself (an idempotency key): it goes through scheduled-posts.ts,
// which gives each part a nonce Discord enforces, looks in the channel before a retry, and
// leaves the waits of a rate limit to the scheduler.
import { type REST, Routes } from 'discord.js';
import type { AnyPrivateFile, Logger, Message, PostOutcome, Publisher } from '../../src/core/public.ts';
import type { CustomIds } from './custom-ids.ts';
import { sendFileInDm } from './direct-file.ts';
import { type Picture, restPicture } from './picture-attachment.ts';
import { errorContext, failureOf, outcomeOf } from './platform-errors.ts';
import { type Rendered, renderMessage } from './render.ts';
import { messageBody as body, keyedSender, type Posted, type Reply } from './scheduled-posts.ts';

export { NONCE_LENGTH, nonceOf, type Posted } from './scheduled-posts.ts';

/** What became of a post in a channel: where it went (`channelId:messageId`), or why not. */
export type Published = { ok: true; ref: string } | Extract<Posted, { ok: false }>;

export interface PublishOptions {
  /** A scheduled post's key (`retry`: an earlier try may have posted some of it). */
  key?: string | undefined;
  retry?: boolean | undefined;
  /** A message's ref to reply to (a poll's results answer its live message). */
  replyTo?: string | undefined;
}

export interface ChannelPublisher extends Publisher {
  /** Posts in a channel (a reply to `replyTo` when given); says where, or why it could not. */
  publish(
    guildId: string,
    channelId: string | null,
    message: Message,
    options?: PublishOptions,
  ): Promise<Published>;
  /** Sends a private message to a user; its buttons act in `guildId`. */
  directMessage(userId: string, message: Message, guildId: string): Promise<Posted>;
  /** Sends a private message with a file attached, to that user only (direct-file.ts). */
  directFile(
    userId: string,
    message: Message,
    files: readonly AnyPrivateFile[],
    guildId: string,
  ): Promise<Posted>;
}

interface Options {
  rest: REST;
  /** For scheduled posts: a REST client that rejects a rate-limited call instead of waiting. */
  scheduledRest?: REST;
  /** The bot's user id, to recognise its messages in a channel's history. */
  botUserId?: () => string | undefined;
  logger: Logger;
  ids: CustomIds;
  /** The channel for a space's messages that name none (the server's system channel). */
  defaultChannel: (guildId: string) => string | null;
}

type Keyed = { key: string; retry: boolean };

/** `channelId:messageId`, the format of a message ref on Discord. */
const parseRef = (ref: string | undefined) => {
  const [channelId, messageId] = (ref ?? '').split(':');
  return channelId && messageId ? { channelId, messageId } : undefined;
};

const outcome = (posted: Published | Posted): PostOutcome => {
  if (posted.ok) return 'ref' in posted ? { ok: true, ref: posted.ref } : { ok: true };
  const reason = outcomeOf(posted.failure);
  return posted.retryAfterMs === undefined
    ? { ok: false, reason }
    : { ok: false, reason, retryAfterMs: posted.retryAfterMs };
};

export function createPublisher(options: Options): ChannelPublisher {
  const { rest, logger, ids } = options;

  const sendKeyed = keyedSender({
    rest: options.scheduledRest ?? rest,
    logger,
    botUserId: options.botUserId ?? (() => undefined),
  });

  async function send(
    route: string,
    label: string,
    rendered: Rendered[],
    extra?: object,
    picture?: Picture,
  ): Promise<Posted> {
    let first: string | undefined;
    try {
      for (const [i, part] of rendered.entries()) {
        const attached = i === 0 && picture ? restPicture(picture) : undefined;
        const sent = (await rest.post(route as `/${string}`, {
          body: body(part, {
            ...(i === 0 ? extra : {}),
            ...(attached ? { attachments: attached.attachments } : {}),
          }),
          ...(attached ? { files: attached.files } : {}),
        })) as { id: string };
        first ??= sent.id;
      }
      return first === undefined ? { ok: false, failure: 'failed' } : { ok: true, messageId: first };
    } catch (error) {
      const failure = failureOf(error);
      const level = failure === 'failed' ? 'error' : 'warn';
      logger[level]({ route: label, failure, error: errorContext(error) }, 'Discord refused a message');
      return { ok: false, failure };
    }
  }

  /** In a channel: as a scheduled post when keyed; the picture on the first part. */
  const sendIn = (
    channelId: string,
    rendered: Rendered[],
    extra: Reply | undefined,
    picture: Picture | undefined,
    keyed?: Keyed,
  ) =>
    keyed
      ? sendKeyed({
          channelId,
          parts: rendered,
          key: keyed.key,
          retry: keyed.retry,
          ...(extra ? { extra } : {}),
          ...(picture ? { picture } : {}),
        })
      : send(Routes.channelMessages(channelId), 'channel.post', rendered, extra, picture);

  /** Edits a posted message to show the first part of `message` (a poll's live message). */
  async function edit(ref: string, message: Message): Promise<PostOutcome> {
    const where = parseRef(ref);
    const [first] = renderMessage(message, ids);
    if (!where || !first) return { ok: false, reason: 'no-channel' };
    try {
      await rest.patch(Routes.channelMessage(where.channelId, where.messageId), {
        body: body({ content: '', ...first }),
      });
      return { ok: true };
    } catch (error) {
      const failure = failureOf(error);
      logger.warn({ route: 'channel.edit', failure, error: errorContext(error) }, 'could not edit a message');
      return { ok: false, reason: outcomeOf(failure) };
    }
  }

  async function publish(
    guildId: string,
    channelId: string | null,
    message: Message,
    { key, retry = false, replyTo }: PublishOptions = {},
  ): Promise<Published> {
    const live = parseRef(replyTo);
    const channel = live?.channelId ?? channelId ?? options.defaultChannel(guildId);
    if (!channel) {
      logger.warn({ guild: guildId }, 'no channel to post in: the server has no system channel');
      return { ok: false, failure: 'not-found' };
    }
    const reference = live && {
      message_reference: {
        message_id: live.messageId,
        channel_id: live.channelId,
        fail_if_not_exists: false,
      },
    };
    const keyed = key ? { key, retry } : undefined;
    const rendered = renderMessage(message, ids);
    // A picture alone is a message too: Discord wants content, an embed or a file.
    if (message.picture && rendered.length === 0) rendered.push({ embeds: [], components: [] });
    const posted = await sendIn(channel, rendered, reference, message.picture, keyed);
    return posted.ok ? { ok: true, ref: `${channel}:${posted.messageId}` } : posted;
  }

  async function direct(userId: string, message: Message, guildId: string): Promise<Posted> {
    try {
      const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
        id: string;
      };
      const rendered = renderMessage(message, ids, guildId);
      return await send(Routes.channelMessages(dm.id), 'dm.post', rendered, undefined, message.picture);
    } catch (error) {
      logger.warn(
        { route: 'dm.open', failure: failureOf(error), error: errorContext(error) },
        'could not open a DM',
      );
      return { ok: false, failure: failureOf(error) };
    }
  }

  return {
    publish,
    directMessage: direct,
    directFile: (userId, message, files, guildId) =>
      sendFileInDm({ rest, ids, logger }, userId, message, files, guildId),
    async post(space, channelId, message, _locale, postOptions) {
      const { idempotencyKey: key, retry, replyTo } = postOptions ?? {};
      return outcome(await publish(space.externalId, channelId, message, { key, retry, replyTo }));
    },
    async direct(space, userId, message) {
      return outcome(await direct(userId, message, space.externalId));
    },
    edit: (_space, ref, message) => edit(ref, message),
  };
}
