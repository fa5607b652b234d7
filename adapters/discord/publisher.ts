// What Maillage posts in channels with the bot token (never an interaction token, which
// expires after 15 minutes): scheduled messages, a poll's live message (whose id is
// recorded to edit it as votes come in), its results as a reply to it, private messages
// (with a file attached: direct-file.ts).
//
// A scheduled post names itself (an idempotency key): it goes through scheduled-posts.ts,
// which gives each part a nonce Discord enforces, looks in the channel before a retry, and
// leaves the waits of a rate limit to the scheduler.
import { type REST, Routes } from 'discord.js';
import type { Core, Logger, Message, PollView, PrivateFile, Publisher } from '../../src/core/public.ts';
import type { CustomIds } from './custom-ids.ts';
import { sendFileInDm } from './direct-file.ts';
import { errorContext, failureOf, outcomeOf } from './platform-errors.ts';
import { type Rendered, renderMessage } from './render.ts';
import { messageBody as body, keyedSender, type Posted, type Reply } from './scheduled-posts.ts';

export { NONCE_LENGTH, nonceOf, type Posted } from './scheduled-posts.ts';

export interface ChannelPublisher extends Publisher {
  /**
   * Posts in a channel, handling poll anchors; says why when it could not. With a key, a
   * scheduled post (`retry`: an earlier try may have posted some of it).
   */
  publish(
    guildId: string,
    channelId: string | null,
    message: Message,
    key?: string,
    retry?: boolean,
  ): Promise<Posted>;
  /** Sends a private message to a user; its buttons act in `guildId`. */
  directMessage(userId: string, message: Message, guildId: string): Promise<Posted>;
  /** Sends a private message with a file attached, to that user only (direct-file.ts). */
  directFile(userId: string, message: Message, file: PrivateFile, guildId: string): Promise<Posted>;
  refreshPoll(view: PollView): Promise<void>;
}

interface Options {
  rest: REST;
  /** For scheduled posts: a REST client that rejects a rate-limited call instead of waiting. */
  scheduledRest?: REST;
  /** The bot's user id, to recognise its messages in a channel's history. */
  botUserId?: () => string | undefined;
  core: Core;
  logger: Logger;
  ids: CustomIds;
  /** The channel for a space's messages that name none (the server's system channel). */
  defaultChannel: (guildId: string) => string | null;
}

type Keyed = { key: string; retry: boolean };

/** `channelId:messageId`, the format of a poll's message ref on Discord. */
const parseRef = (ref: string | null) => {
  const [channelId, messageId] = (ref ?? '').split(':');
  return channelId && messageId ? { channelId, messageId } : undefined;
};

export function createPublisher(options: Options): ChannelPublisher {
  const { rest, core, logger, ids } = options;

  const sendKeyed = keyedSender({
    rest: options.scheduledRest ?? rest,
    logger,
    botUserId: options.botUserId ?? (() => undefined),
  });

  async function send(route: string, label: string, rendered: Rendered[], extra?: object): Promise<Posted> {
    let first: string | undefined;
    try {
      for (const [i, part] of rendered.entries()) {
        const sent = (await rest.post(route as `/${string}`, {
          body: body(part, i === 0 ? extra : {}),
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

  /** In a channel: as a scheduled post when keyed. */
  const sendIn = (channelId: string, rendered: Rendered[], extra: Reply | undefined, keyed?: Keyed) =>
    keyed
      ? sendKeyed({
          channelId,
          parts: rendered,
          key: keyed.key,
          retry: keyed.retry,
          ...(extra ? { extra } : {}),
        })
      : send(Routes.channelMessages(channelId), 'channel.post', rendered, extra);

  async function edit(channelId: string, messageId: string, message: Message): Promise<void> {
    const [first] = renderMessage(message, ids);
    if (!first) return;
    try {
      await rest.patch(Routes.channelMessage(channelId, messageId), {
        body: body({ content: '', ...first }),
      });
    } catch (error) {
      logger.warn(
        { route: 'channel.edit', failure: failureOf(error), error: errorContext(error) },
        'could not edit a poll message',
      );
    }
  }

  async function publish(
    guildId: string,
    channelId: string | null,
    message: Message,
    key?: string,
    retry = false,
  ): Promise<Posted> {
    const channel = channelId ?? options.defaultChannel(guildId);
    if (!channel) {
      logger.warn({ guild: guildId }, 'no channel to post in: the server has no system channel');
      return { ok: false, failure: 'not-found' };
    }
    const keyed = key ? { key, retry } : undefined;
    const anchor = message.poll;
    if (anchor?.role === 'results')
      return publishResults(channel, message, anchor.networkId, anchor.pollId, keyed);
    const posted = await sendIn(channel, renderMessage(message, ids), undefined, keyed);
    if (posted.ok && anchor?.role === 'live')
      await core.attachPollMessage(anchor.networkId, anchor.pollId, `${channel}:${posted.messageId}`);
    return posted;
  }

  /** Results answer the live message (a reply to it), which then shows the poll as closed. */
  async function publishResults(
    channel: string,
    message: Message,
    networkId: string,
    pollId: string,
    keyed: Keyed | undefined,
  ) {
    const view = await core.pollView(networkId, pollId);
    const live = parseRef(view?.messageRef ?? null);
    const reference = live && {
      message_reference: {
        message_id: live.messageId,
        channel_id: live.channelId,
        fail_if_not_exists: false,
      },
    };
    const posted = await sendIn(live?.channelId ?? channel, renderMessage(message, ids), reference, keyed);
    // Shown closed at the first try, and by a retry only once the results are there.
    if (view && live && (!keyed?.retry || posted.ok))
      await edit(live.channelId, live.messageId, view.message);
    return posted;
  }

  async function direct(userId: string, message: Message, guildId: string): Promise<Posted> {
    try {
      const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
        id: string;
      };
      return await send(Routes.channelMessages(dm.id), 'dm.post', renderMessage(message, ids, guildId));
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
    directFile: (userId, message, file, guildId) =>
      sendFileInDm({ rest, ids, logger }, userId, message, file, guildId),
    async post(space, channelId, message, _locale, postOptions) {
      const key = postOptions?.idempotencyKey;
      const posted = await publish(space.externalId, channelId, message, key, postOptions?.retry);
      if (posted.ok) return { ok: true };
      const reason = outcomeOf(posted.failure);
      return posted.retryAfterMs === undefined
        ? { ok: false, reason }
        : { ok: false, reason, retryAfterMs: posted.retryAfterMs };
    },
    async direct(space, userId, message) {
      const sent = await direct(userId, message, space.externalId);
      return sent.ok ? { ok: true } : { ok: false, reason: outcomeOf(sent.failure) };
    },
    refreshPoll: pollRefresher(core, logger, edit),
  };
}

/**
 * Edits a poll's live message, one edit at a time per message: a refresh asked while one
 * runs is done once it ends, from the poll as it then stands (the core already coalesces
 * bursts of votes into one signal every two seconds).
 */
function pollRefresher(
  core: Core,
  logger: Logger,
  edit: (channelId: string, messageId: string, message: Message) => Promise<void>,
) {
  const running = new Map<string, { again: boolean }>();
  return async function refresh(view: PollView): Promise<void> {
    const ref = parseRef(view.messageRef);
    const anchor = view.message.poll;
    if (!ref || !anchor || !view.messageRef) return;
    const state = running.get(view.messageRef);
    if (state) {
      state.again = true;
      return;
    }
    const mine = { again: false };
    running.set(view.messageRef, mine);
    try {
      let current: PollView | undefined = view;
      while (current) {
        mine.again = false;
        await edit(ref.channelId, ref.messageId, current.message);
        current = mine.again ? await core.pollView(anchor.networkId, anchor.pollId) : undefined;
      }
    } catch (error) {
      logger.error({ route: 'poll.refresh', error: errorContext(error) }, 'could not refresh a poll message');
    } finally {
      running.delete(view.messageRef);
    }
  };
}
