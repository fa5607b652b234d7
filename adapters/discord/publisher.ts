// What Maillage posts in channels with the bot token (never an interaction token, which
// expires after 15 minutes): scheduled messages, a poll's live message (whose id is
// recorded to edit it as votes come in), its results as a reply to it, private messages
// (with a file attached: direct-file.ts).
//
// A scheduled post names itself (an idempotency key): each of its parts is sent with a
// nonce derived from the key and the part's number, and `enforce_nonce`, so that Discord
// answers a repeated send (discord.js retrying a lost answer, the scheduler retrying the
// run) with the message already created instead of a second one — for as long as Discord
// remembers nonces, a few minutes.
import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { Core, PollView } from '../../src/core/core.ts';
import type { Message, PrivateFile } from '../../src/core/message.ts';
import type { Logger, Publisher } from '../../src/core/ports.ts';
import type { CustomIds } from './custom-ids.ts';
import { sendFileInDm } from './direct-file.ts';
import { errorContext, failureOf, outcomeOf, type PostFailure } from './platform-errors.ts';
import { NO_MENTIONS, type Rendered, renderMessage } from './render.ts';

export type Posted = { ok: true; messageId: string } | { ok: false; failure: PostFailure };

export interface ChannelPublisher extends Publisher {
  /** Posts in a channel, handling poll anchors; says why when it could not. */
  publish(guildId: string, channelId: string | null, message: Message, key?: string): Promise<Posted>;
  /** Sends a private message to a user; its buttons act in `guildId`. */
  directMessage(userId: string, message: Message, guildId: string): Promise<Posted>;
  /** Sends a private message with a file attached, to that user only (direct-file.ts). */
  directFile(userId: string, message: Message, file: PrivateFile, guildId: string): Promise<Posted>;
  refreshPoll(view: PollView): Promise<void>;
}

interface Options {
  rest: REST;
  core: Core;
  logger: Logger;
  ids: CustomIds;
  /** The channel for a space's messages that name none (the server's system channel). */
  defaultChannel: (guildId: string) => string | null;
}

/** `channelId:messageId`, the format of a poll's message ref on Discord. */
const parseRef = (ref: string | null) => {
  const [channelId, messageId] = (ref ?? '').split(':');
  return channelId && messageId ? { channelId, messageId } : undefined;
};

/** Discord's nonce holds at most 25 characters: 25 hex digits (100 bits) of SHA-256. */
export const NONCE_LENGTH = 25;
export const nonceOf = (key: string, part: number): string =>
  createHash('sha256').update(`${key}#${part}`).digest('hex').slice(0, NONCE_LENGTH);

const body = (rendered: Rendered, extra: object = {}) => ({
  ...rendered,
  allowed_mentions: NO_MENTIONS,
  ...extra,
});

export function createPublisher(options: Options): ChannelPublisher {
  const { rest, core, logger, ids } = options;

  async function send(
    route: string,
    label: string,
    rendered: Rendered[],
    extra?: object,
    key?: string,
  ): Promise<Posted> {
    let first: string | undefined;
    try {
      for (const [i, part] of rendered.entries()) {
        const once = key ? { nonce: nonceOf(key, i), enforce_nonce: true } : {};
        const sent = (await rest.post(route as `/${string}`, {
          body: body(part, { ...(i === 0 ? extra : {}), ...once }),
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
  ): Promise<Posted> {
    const channel = channelId ?? options.defaultChannel(guildId);
    if (!channel) {
      logger.warn({ guild: guildId }, 'no channel to post in: the server has no system channel');
      return { ok: false, failure: 'not-found' };
    }
    const anchor = message.poll;
    if (anchor?.role === 'results')
      return publishResults(channel, message, anchor.networkId, anchor.pollId, key);
    const posted = await send(
      Routes.channelMessages(channel),
      'channel.post',
      renderMessage(message, ids),
      undefined,
      key,
    );
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
    key: string | undefined,
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
    const target = live?.channelId ?? channel;
    const posted = await send(
      Routes.channelMessages(target),
      'channel.post',
      renderMessage(message, ids),
      reference,
      key,
    );
    if (view && live) await edit(live.channelId, live.messageId, view.message);
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
      const posted = await publish(space.externalId, channelId, message, postOptions?.idempotencyKey);
      return posted.ok ? { ok: true } : { ok: false, reason: outcomeOf(posted.failure) };
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
