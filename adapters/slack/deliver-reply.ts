// Sends the core's reply where each part belongs: private messages to the person who
// asked (ephemeral, through the interaction's response_url), public ones in the channel
// (chat.postMessage), notifications to the members concerned (direct messages), a private
// file or picture into the asker's DM with the bot. When the channel is closed to the bot,
// the person who asked is told how to let it in.
import {
  type Core,
  context,
  type Locale,
  type Logger,
  localized,
  type Message,
  privateFiles,
  privateMessage,
  type Reply,
  text,
} from '../../src/core/public.ts';
import { toBlockKit } from './block-kit.ts';
import { postJson } from './http-client.ts';
import { slackMessages as m } from './messages.ts';
import type { SlackPoster } from './publisher.ts';
import { isChannelAccessError } from './slack-errors.ts';

/** Posts a JSON payload to an interaction's response_url (Slack keeps it 30 minutes). */
export type Respond = (payload: Record<string, unknown>) => Promise<void>;

export function responder(url: string, logger: Logger): Respond {
  return async (payload) => {
    try {
      const status = await postJson(url, payload);
      if (status < 200 || status > 299) {
        logger.warn({ platform: 'slack', method: 'response_url', status }, 'answer refused');
      }
    } catch (error) {
      logger.warn(
        { platform: 'slack', method: 'response_url', error: (error as Error).name },
        'answer not delivered',
      );
    }
  };
}

export interface ReplyTarget {
  userId: string;
  channelId: string | undefined;
  /** Answers the user privately; without it, private messages go by direct message. */
  respond: Respond | undefined;
}

/** What to tell the user when a public message could not be posted. */
export function postTrouble(code: string, message: Message, locale: Locale): Message {
  const ref = message.poll?.role === 'live' ? message.poll.ref : undefined;
  if (isChannelAccessError(code) || code === 'no_channel') {
    const sentence =
      ref === undefined
        ? localized(locale, m['not-in-channel-again'])
        : localized(locale, m['not-in-channel'], { ref });
    return privateMessage(text(sentence));
  }
  return privateMessage(text(localized(locale, m['post-failed'], { code })));
}

/** What to tell the user when their private file could not be uploaded. */
export function fileTrouble(code: string, locale: Locale): Message {
  const scope = code === 'missing_scope' || code === 'not_allowed_token_type';
  return privateMessage(
    text(scope ? localized(locale, m['file-scope']) : localized(locale, m['file-failed'], { code })),
  );
}

/**
 * A private file goes to the user's DM with the bot (an ephemeral message cannot carry
 * one); the answer is the message with a line saying where the file is, or what failed.
 */
async function withFile(message: Message, userId: string, poster: SlackPoster, locale: Locale) {
  const files = privateFiles(message);
  const { file: _one, files: _several, ...shown } = message;
  if (files.length === 0) return message;
  for (const file of files) {
    const sent = await poster.directFile(userId, file);
    if (!sent.ok) return fileTrouble(sent.error, locale);
  }
  const [first] = files;
  const where = context(
    files.length === 1 && first
      ? localized(locale, m['file-sent'], { name: first.name })
      : localized(locale, m['files-sent'], { names: files.map((file) => `\`${file.name}\``).join(', ') }),
  );
  return { ...shown, blocks: [...shown.blocks, where] };
}

/**
 * A private answer's picture (a digest's preview map) goes to the user's DM with the bot,
 * as a private file does (an ephemeral message cannot carry one); the answer goes as it is,
 * with a short line added only when the picture could not be sent.
 */
async function withPicture(message: Message, userId: string, poster: SlackPoster, locale: Locale) {
  const { picture, ...shown } = message;
  if (!picture) return message;
  const sent = await poster.directPicture(userId, picture);
  if (sent.ok) return shown;
  const trouble = context(localized(locale, m['picture-failed'], { code: sent.error }));
  return { ...shown, blocks: [...shown.blocks, trouble] };
}

export async function answerPrivately(message: Message, target: ReplyTarget, poster: SlackPoster) {
  if (!target.respond) {
    await poster.direct(target.userId, message);
    return;
  }
  for (const part of toBlockKit(message)) {
    await target.respond({ response_type: 'ephemeral', replace_original: false, ...part });
  }
}

export async function deliverReply(
  reply: Reply,
  target: ReplyTarget,
  { poster, logger, core }: { poster: SlackPoster; logger: Logger; core: Core },
): Promise<void> {
  if (reply.duplicate) {
    // Slack redelivered something already handled (here or on another replica).
    logger.info({ platform: 'slack' }, 'delivery already handled: nothing sent');
    return;
  }
  for (const message of reply.messages) {
    if (message.visibility === 'private') {
      const shown = await withPicture(message, target.userId, poster, reply.locale);
      await answerPrivately(await withFile(shown, target.userId, poster, reply.locale), target, poster);
      continue;
    }
    const posted = await poster.post(target.channelId ?? null, message);
    if (!posted.ok) await answerPrivately(postTrouble(posted.error, message, reply.locale), target, poster);
    // Told once posted: a poll's live message is edited there as votes come in.
    else if (posted.value) await core.posted(message.poll, posted.value);
  }
  for (const notification of reply.notifications) {
    if (notification.externalUserId && notification.externalUserId !== target.userId) {
      await poster.direct(notification.externalUserId, notification.message);
    }
  }
}
