// Posting in Slack: public messages with chat.postMessage (so they can be edited later,
// unlike response_url answers), a poll's live message recorded as `channel:ts` and edited
// with chat.update, its results posted in the live message's thread, private messages to
// other members as direct messages, and a café group's introduction in one group DM of its
// members and the bot (conversations.open with several users, which needs `mpim:write`).
// Failures come back as Slack's error code; each is logged with the method and channel,
// never the text.
//
// A scheduled post names itself (an idempotency key): each of its parts carries message
// metadata `maillage_post` {key, part, parts}, and before posting the channel's last day
// (or the thread) is looked up for parts already there, which are not posted again. The
// lookup needs the `channels:history` / `groups:history` scopes, which the manifest leaves
// out by default (see its comment): without them Slack answers `missing_scope` and the
// post goes ahead unchecked — the window that remains is a post Slack accepted whose
// answer was lost (a crash, a timeout) before the scheduler recorded its completion.
import type { webApi } from '@slack/bolt';
import type { Core, PollView } from '../../src/core/core.ts';
import type { Message, PrivateFile } from '../../src/core/message.ts';
import type { Logger, PostOutcome, Publisher } from '../../src/core/ports.ts';
import { err, ok, type Result } from '../../src/core/result.ts';
import { type SlackMessage, toBlockKit } from './block-kit.ts';
import { pacedEdits } from './paced-edits.ts';
import { uploadPrivateFile } from './private-file.ts';
import {
  directOutcomeOf,
  groupOutcomeOf,
  isTransientError,
  postOutcomeOf,
  slackErrorCode,
} from './slack-errors.ts';

/** The metadata event type of Maillage's keyed posts. */
export const POST_EVENT_TYPE = 'maillage_post';
/** How far back, and how many messages, the lookup for an earlier post reads. */
const LOOKUP_SECONDS = 24 * 3600;
const LOOKUP_LIMIT = 50;

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
  core: Core;
  logger: Logger;
  /** The bot's own bot id (auth.test), to recognise its messages in a channel's history. */
  botId?: () => string | undefined;
}

type Where = { channel: string; ts: string };

export function createPoster({ client, core, logger, botId }: PosterDeps): SlackPoster {
  const failed = (method: string, channel: string, error: unknown): string => {
    const code = slackErrorCode(error);
    logger.warn({ platform: 'slack', method, code, channel }, 'Slack refused a call');
    return code;
  };

  /**
   * Posts each part in order; answers where the first part went. With a key, parts found
   * already posted under it are not posted again.
   */
  async function postParts(
    channel: string,
    parts: readonly SlackMessage[],
    threadTs?: string,
    key?: string,
  ): Promise<Result<Where | undefined, string>> {
    const earlier = key ? await postedEarlier(channel, key, threadTs) : ok(new Map<number, Where>());
    if (!earlier.ok) return earlier;
    let first: Where | undefined = earlier.value.get(0);
    for (const [i, part] of parts.entries()) {
      if (earlier.value.has(i)) continue;
      try {
        const posted = await client.chat.postMessage({
          channel,
          text: part.text,
          blocks: part.blocks,
          unfurl_links: false,
          unfurl_media: false,
          // Nothing in the text is turned into a mention or a link by Slack.
          parse: 'none',
          link_names: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...(key
            ? {
                metadata: {
                  event_type: POST_EVENT_TYPE,
                  event_payload: { key, part: i, parts: parts.length },
                },
              }
            : {}),
        });
        if (!first && posted.ts) first = { channel: posted.channel ?? channel, ts: posted.ts };
      } catch (error) {
        return err(failed('chat.postMessage', channel, error));
      }
    }
    return ok(first);
  }

  /**
   * The parts of the post named `key` already in the channel (or thread), by part number.
   * Fails only when Slack cannot answer now (posting unchecked could then duplicate); goes
   * on unchecked, after a log line, when the bot may not read the history.
   */
  async function postedEarlier(
    channel: string,
    key: string,
    threadTs: string | undefined,
  ): Promise<Result<Map<number, Where>, string>> {
    const oldest = String(Math.floor(Date.now() / 1000) - LOOKUP_SECONDS);
    const common = { channel, include_all_metadata: true, limit: LOOKUP_LIMIT, oldest };
    let messages: ReadonlyArray<{
      ts?: string;
      bot_id?: string;
      metadata?: { event_type?: string; event_payload?: unknown };
    }>;
    const method = threadTs ? 'conversations.replies' : 'conversations.history';
    try {
      const page = threadTs
        ? await client.conversations.replies({ ...common, ts: threadTs })
        : await client.conversations.history(common);
      messages = page.messages ?? [];
    } catch (error) {
      const code = slackErrorCode(error);
      if (isTransientError(code)) return err(failed(method, channel, error));
      logger.info(
        { platform: 'slack', method, code, channel },
        'cannot look for an earlier post (add channels:history and groups:history to check): posting unchecked',
      );
      return ok(new Map());
    }
    const mine = botId?.();
    const found = new Map<number, Where>();
    for (const m of messages) {
      if (m.metadata?.event_type !== POST_EVENT_TYPE || !m.ts) continue;
      if (mine && m.bot_id !== mine) continue;
      const payload = m.metadata.event_payload as { key?: unknown; part?: unknown } | undefined;
      if (payload?.key === key && typeof payload.part === 'number')
        found.set(payload.part, { channel, ts: m.ts });
    }
    if (found.size > 0)
      logger.info({ platform: 'slack', channel, parts: found.size }, 'already posted: not again');
    return ok(found);
  }

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

  /** Results go in the live message's thread, and the live message shows the poll closed. */
  async function postResults(
    channelId: string | null,
    message: Message,
    key?: string,
  ): Promise<Result<void, string>> {
    const anchor = message.poll;
    const view = anchor ? await core.pollView(anchor.networkId, anchor.pollId) : undefined;
    const live = parseMessageRef(view?.messageRef ?? null);
    const channel = live?.channel ?? channelId ?? view?.channelId;
    if (!channel) return err('no_channel');
    const posted = await postParts(channel, toBlockKit(message), live?.ts, key);
    if (view) await editLive(view);
    return posted.ok ? ok(undefined) : posted;
  }

  async function post(
    channelId: string | null,
    message: Message,
    key?: string,
  ): Promise<Result<void, string>> {
    if (message.poll?.role === 'results') return postResults(channelId, message, key);
    if (!channelId) return err('no_channel');
    const posted = await postParts(channelId, toBlockKit(message), undefined, key);
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
    post,
    async direct(userId, message) {
      await postParts(userId, toBlockKit(message));
    },
    directFile: (userId, file) => uploadPrivateFile(client, logger, userId, file),
    async thread(channel, threadTs, message) {
      await postParts(channel, toBlockKit(message), threadTs);
    },
    refreshPoll: editLive,
    publisher: {
      async post(_space, channelId, message, _locale, options) {
        const posted = await post(channelId, message, options?.idempotencyKey);
        if (posted.ok) return { ok: true };
        const reason = postOutcomeOf(posted.error);
        logger.warn({ platform: 'slack', code: posted.error, reason }, 'scheduled message not posted');
        return { ok: false, reason };
      },
      async direct(_space, userId, message): Promise<PostOutcome> {
        const sent = await postParts(userId, toBlockKit(message));
        if (sent.ok) return { ok: true };
        const reason = directOutcomeOf(sent.error);
        logger.warn({ platform: 'slack', code: sent.error, reason }, 'direct message not sent');
        return { ok: false, reason };
      },
      async directGroup(_space, userIds, message): Promise<PostOutcome> {
        const opened = await openGroup(userIds);
        const sent = opened.ok ? await postParts(opened.value, toBlockKit(message)) : opened;
        if (sent.ok) return { ok: true };
        const reason = groupOutcomeOf(sent.error);
        logger.warn(
          { platform: 'slack', code: sent.error, reason, users: userIds.length },
          'group message not sent',
        );
        return { ok: false, reason };
      },
    },
  };
}
