// A private file (`mes-donnees`, `diagnostic export`) goes to the person who asked only: a direct message from
// the bot with the core's message and the file attached (multipart/form-data: the message
// as `payload_json`, the files as `files[n]`), never a channel. An ephemeral interaction
// reply can carry a file too, but it lives behind an interaction token that expires after
// 15 minutes; a direct message stays. Logs say what failed, never the file's name or content.
import { type REST, Routes } from 'discord.js';
import { type AnyPrivateFile, fileBytes, type Logger, type Message } from '../../src/core/public.ts';
import type { CustomIds } from './custom-ids.ts';
import { errorContext, failureOf } from './platform-errors.ts';
import type { Posted } from './publisher.ts';
import { NO_MENTIONS, renderMessage } from './render.ts';

interface Deps {
  rest: REST;
  ids: CustomIds;
  logger: Logger;
}

/** Sends `message` with `files` attached (10 at most) in the bot's DM with `userId`; its buttons act in `guildId`. */
export async function sendFileInDm(
  { rest, ids, logger }: Deps,
  userId: string,
  message: Message,
  files: readonly AnyPrivateFile[],
  guildId: string,
): Promise<Posted> {
  let route = 'dm.open';
  try {
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
    route = 'dm.file';
    const attachments = files.map((file) => ({
      name: file.name,
      data: Buffer.from(fileBytes(file)),
      contentType: file.mimeType,
    }));
    const parts = renderMessage(message, ids, guildId);
    // A file alone is a message too: Discord wants content, an embed or a file.
    if (parts.length === 0) parts.push({ embeds: [], components: [] });
    let first: string | undefined;
    for (const [i, part] of parts.entries()) {
      const attached = i === 0 ? attachments : [];
      const sent = (await rest.post(Routes.channelMessages(dm.id), {
        body: { ...part, allowed_mentions: NO_MENTIONS },
        files: attached,
      })) as { id: string };
      first ??= sent.id;
    }
    return first === undefined ? { ok: false, failure: 'failed' } : { ok: true, messageId: first };
  } catch (error) {
    const failure = failureOf(error);
    logger.warn({ route, failure, error: errorContext(error) }, 'could not send a private file');
    return { ok: false, failure };
  }
}
