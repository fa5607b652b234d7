// Posting in Slack: public messages with chat.postMessage (so they can be edited later,
// unlike response_url answers), a poll's live message recorded as `channel:ts` and edited
// with chat.update, its results posted in the live message's thread, private messages to
// other members as direct messages, and a café group's introduction in one group DM of its
// members and the bot (conversations.open with several users, which needs `mpim:write`).
// Failures come back as Slack's error code; each is logged with the method and channel,
// never the text.
//
// A scheduled post names itself (an idempotency key): it goes through scheduled-posts.ts,
// which marks each part with message metadata, looks for parts already posted, and leaves
// retries to the scheduler (no blind retry by the Web API client).
import type { webApi } from '@slack/bolt';
import {
  type Core,
  err,
  type Logger,
  type Message,
  ok,
  type PollView,
  type PostOutcome,
  type PrivateFile,
  type Publisher,
  type Result,
} from '../../src/core/public.ts';
import { type SlackMessage, toBlockKit } from './block-kit.ts';
import { pacedEdits } from './paced-edits.ts';
import { uploadPrivateFile } from './private-file.ts';
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
  /** Posts a public message in a channel, following its poll anchor; the error is Slack's code. */
  post(channelId: string | null, message: Message): Promise<Result<void, string>>;
  /** Sends a private message to a user, in the conversation between them and the bot. */
  direct(userId: string, message: Message): Promise<void>;
  /** Uploads a file for a user only, into their conversation with the bot; the error is Slack's code. */
  directFile(userId: string, file: PrivateFile): Promise<Result<void, string>>;
  /** Answers in the thread of a message. */
  thread(channel: string, threadTs: string, message: Message): Promise<void>;
  refreshPoll(view: PollView): Promise<void>;
  /** The scheduler's port: says what became of each post, never throws for Slack's refusals. */
  publisher: Publisher;
}

interface PosterDeps {
  client: webApi.WebClient;
  /** For scheduled posts: a client that neither retries nor waits out a rate limit by itself. */
  scheduledClient?: webApi.WebClient;
  core: Core;
  logger: Logger;
  /** The bot's own bot id (auth.test), to recognise its messages in a channel's history. */
  botId?: () => string | undefined;
}

export function createPoster({ client, scheduledClient, core, logger, botId }: PosterDeps): SlackPoster {
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

  /** With a key, a scheduled post: parts already posted under it are not posted again. */
  const postAll = (channel: string, parts: readonly SlackMessage[], threadTs?: string, key?: string) =>
    key ? postKeyed(channel, parts, key, threadTs) : postParts(channel, parts, threadTs);

  async function updateLive(view: PollView): Promise<void> {
    const ref = parseMessageRef(view.messageRef);
    const [part] = toBlockKit(view.message);
    if (!ref || !part) return;
    try {
      await client.chat.update({
        channel: ref.channel,
        ts: ref.ts,
        text: part.text,
        blocks: part.blocks,
        parse: 'none',
        link_names: false,
      });
    } catch (error) {
      failed('chat.update', ref.channel, error);
    }
  }

  /** The live message's edits: one at a time, 2 s apart, the latest view winning. */
  const paced = pacedEdits((view: PollView) => view.messageRef ?? '', updateLive);
  const editLive = (view: PollView) => (view.messageRef ? paced(view) : Promise.resolve());

  /**
   * Results go in the live message's thread, and the live message shows the poll closed:
   * edited at the first try, and again by a retry only once the results are there. A
   * scheduled post does not wait for the edit (pacing may hold it 2 s, and the post's
   * outcome does not depend on it).
   */
  async function postResults(
    channelId: string | null,
    message: Message,
    key?: string,
    retry = false,
  ): Promise<Result<void, SlackFailure>> {
    const anchor = message.poll;
    const view = anchor ? await core.pollView(anchor.networkId, anchor.pollId) : undefined;
    const live = parseMessageRef(view?.messageRef ?? null);
    const channel = live?.channel ?? channelId ?? view?.channelId;
    if (!channel) return err({ code: 'no_channel' });
    const posted = await postAll(channel, toBlockKit(message), live?.ts, key);
    if (view && (!retry || posted.ok)) {
      const edited = editLive(view);
      if (!key) await edited;
    }
    return posted.ok ? ok(undefined) : posted;
  }

  async function post(
    channelId: string | null,
    message: Message,
    key?: string,
    retry = false,
  ): Promise<Result<void, SlackFailure>> {
    if (message.poll?.role === 'results') return postResults(channelId, message, key, retry);
    if (!channelId) return err({ code: 'no_channel' });
    const posted = await postAll(channelId, toBlockKit(message), undefined, key);
    if (!posted.ok) return posted;
    const anchor = message.poll;
    if (anchor?.role === 'live' && posted.value) {
      const { channel, ts } = posted.value;
      await core.attachPollMessage(anchor.networkId, anchor.pollId, messageRef(channel, ts));
    }
    return ok(undefined);
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
      const posted = await post(channelId, message);
      return posted.ok ? posted : err(posted.error.code);
    },
    async direct(userId, message) {
      await postParts(userId, toBlockKit(message));
    },
    directFile: (userId, file) => uploadPrivateFile(client, logger, userId, file),
    async thread(channel, threadTs, message) {
      await postParts(channel, toBlockKit(message), threadTs);
    },
    refreshPoll: editLive,
    publisher: {
      async post(_space, channelId, message, _locale, options): Promise<PostOutcome> {
        const posted = await post(channelId, message, options?.idempotencyKey, options?.retry);
        if (posted.ok) return { ok: true };
        const { code, retryAfterMs } = posted.error;
        const reason = postOutcomeOf(code);
        logger.warn({ platform: 'slack', code, reason }, 'scheduled message not posted');
        return retryAfterMs === undefined ? { ok: false, reason } : { ok: false, reason, retryAfterMs };
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
