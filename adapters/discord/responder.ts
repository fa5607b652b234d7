// How the core's reply to an interaction reaches people: private messages as ephemeral
// replies (flag 64), public ones as a visible reply — except a poll's messages, posted in
// the channel with the bot token so that they can be edited later — then private messages
// to the members the command names. A private file goes by direct message to the asker.
// A message's picture (the digest's map) is attached to its first part, ephemeral or not
// (an ephemeral reply, and the edit of a deferred one, can carry files).
// Everything sent carries `allowed_mentions: {parse: []}`.
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import {
  type Core,
  joinList,
  type Locale,
  type Logger,
  localized,
  type Message,
  privateFiles,
  type Reply,
} from '../../src/core/public.ts';
import type { CustomIds } from './custom-ids.ts';
import { adapterMessages as m } from './messages.ts';
import { type Picture, replyPicture } from './picture-attachment.ts';
import { errorContext, type PostFailure } from './platform-errors.ts';
import type { ChannelPublisher } from './publisher.ts';
import { NO_MENTIONS, type Rendered, renderMessage } from './render.ts';

export interface ResponderDeps {
  /** Told where a public message went, once posted (a poll's live message is edited there). */
  core: Pick<Core, 'posted'>;
  publisher: ChannelPublisher;
  ids: CustomIds;
  logger: Logger;
}

interface Outgoing {
  rendered: Rendered;
  ephemeral: boolean;
  /** Attached to this part (a message's first). */
  picture?: Picture;
}

const plain = (content: string): Rendered => ({ content, embeds: [], components: [] });

function cannotPost(message: Message, failure: PostFailure, locale: Locale): string {
  if (failure !== 'missing-permission') return localized(locale, m.postFailed);
  const ref = message.poll?.role === 'live' ? message.poll.ref : undefined;
  return ref ? localized(locale, m.cannotPostPoll, { ref }) : localized(locale, m.cannotPost);
}

/**
 * Waits for a deferral in flight (and stops one not started yet), so that the first
 * answer is a reply, or an edit of the deferred reply — never both.
 */
export type Settle = () => Promise<void>;

/**
 * Answers the interaction with the core's reply; a delivery already handled gets nothing.
 * `guildId` is the network's guild (a click in a private message comes from none).
 */
export async function respond(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: ResponderDeps,
  where: { guildId: string; settle?: Settle },
): Promise<void> {
  if (reply.duplicate) return;
  const outgoing: Outgoing[] = [];
  const notes: string[] = [];
  for (const message of reply.messages) {
    if (privateFiles(message).length > 0 && message.visibility === 'private') {
      const note = await sendFile(interaction, message, deps, where.guildId, reply.locale);
      outgoing.push({ rendered: plain(note), ephemeral: true });
      continue;
    }
    // Once deferred (ephemerally), a public message can only be seen if posted in the channel.
    if (message.visibility === 'public' && (message.poll || interaction.deferred)) {
      const replyTo = message.poll?.replyTo;
      const posted = await deps.publisher.publish(where.guildId, interaction.channelId, message, { replyTo });
      if (posted.ok) await deps.core.posted(message.poll, posted.ref);
      else notes.push(cannotPost(message, posted.failure, reply.locale));
      continue;
    }
    const parts = renderMessage(message, deps.ids);
    if (message.picture && parts.length === 0) parts.push({ embeds: [], components: [] });
    for (const [i, rendered] of parts.entries()) {
      const picture = i === 0 ? message.picture : undefined;
      outgoing.push({
        rendered,
        ephemeral: message.visibility === 'private',
        ...(picture ? { picture } : {}),
      });
    }
  }
  for (const note of notes) outgoing.push({ rendered: plain(note), ephemeral: true });
  // Everything went to the channel: the person still gets a word that it did.
  if (outgoing.length === 0)
    outgoing.push({ rendered: plain(localized(reply.locale, m.postedInChannel)), ephemeral: true });
  await send(interaction, outgoing, where.settle);
  await notify(interaction, reply, deps, where.guildId);
}

/**
 * A private file goes by direct message (with the core's message); the interaction's
 * ephemeral answer says it went there, or why it could not.
 */
async function sendFile(
  interaction: RepliableInteraction,
  message: Message,
  deps: ResponderDeps,
  guildId: string,
  locale: Locale,
): Promise<string> {
  const files = privateFiles(message);
  const [first] = files;
  if (!first) return localized(locale, m.fileFailed);
  const sent = await deps.publisher.directFile(interaction.user.id, message, files, guildId);
  if (sent.ok && files.length === 1) return localized(locale, m.fileSentInDm, { name: first.name });
  if (sent.ok)
    return localized(locale, m.filesSentInDm, { names: files.map((file) => `\`${file.name}\``).join(', ') });
  return localized(locale, sent.failure === 'dm-closed' ? m.fileDmClosed : m.fileFailed);
}

/** The first message answers the interaction; the others follow it. */
export async function send(
  interaction: RepliableInteraction,
  outgoing: Outgoing[],
  settle?: Settle,
): Promise<void> {
  await settle?.();
  if (outgoing.length === 0) outgoing.push({ rendered: plain('✓'), ephemeral: true });
  for (const [i, { rendered, ephemeral, picture }] of outgoing.entries()) {
    const payload = {
      ...(rendered.content === undefined ? {} : { content: rendered.content }),
      embeds: rendered.embeds,
      components: rendered.components,
      allowedMentions: NO_MENTIONS,
      ...(picture ? { files: [replyPicture(picture)] } : {}),
    };
    const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
    if (i > 0) await interaction.followUp({ ...payload, flags });
    else if (interaction.deferred) await interaction.editReply(payload);
    else await interaction.reply({ ...payload, flags });
  }
}

/** Tells the members a command named, privately; says who could not be told. */
async function notify(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: ResponderDeps,
  guildId: string,
): Promise<void> {
  const unreached: string[] = [];
  await Promise.all(
    reply.notifications.map(async (note) => {
      if (!note.externalUserId) return;
      const sent = await deps.publisher.directMessage(note.externalUserId, note.message, guildId);
      if (!sent.ok) unreached.push(note.memberName);
    }),
  );
  if (unreached.length === 0) return;
  const names = joinList(reply.locale, unreached.sort());
  await interaction.followUp({
    content: localized(reply.locale, m.dmClosed, { names }),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}

/**
 * Runs `work` (the core, then the answer), deferring the reply (ephemerally) if nothing
 * was sent after `afterMs`: Discord drops an interaction not acknowledged within 3 s.
 */
export async function answerInTime(
  interaction: RepliableInteraction,
  afterMs: number,
  logger: Logger,
  work: (settle: Settle) => Promise<void>,
): Promise<void> {
  let deferring: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferring = interaction.deferReply({ flags: MessageFlags.Ephemeral }).catch((error: unknown) => {
      logger.warn({ route: 'interaction.defer', error: errorContext(error) }, 'could not defer a reply');
    });
  }, afterMs);
  const settle = async () => {
    clearTimeout(timer);
    await deferring;
  };
  try {
    await work(settle);
  } finally {
    await settle();
  }
}
