// A private file (`mes-donnees`) goes to the person who asked only: uploaded into their
// direct conversation with the bot — conversations.open, then the Web API's upload flow
// (files.getUploadURLExternal, the bytes to the upload URL Slack gives,
// files.completeUploadExternal with the DM's channel_id), which needs `files:write`.
// Ephemeral messages cannot carry files, hence the DM. Failures come back as Slack's
// code; the log names the method and the code, never the file's name or content.
import type { webApi } from '@slack/bolt';
import { type AnyPrivateFile, err, fileBytes, type Logger, ok, type Result } from '../../src/core/public.ts';
import { slackErrorCode } from './slack-errors.ts';

/**
 * Opens the person's DM with the bot and uploads into it with `upload`; failures come back as
 * Slack's code, logged with the method and `what` (never the file's name or content).
 */
export async function uploadToDm(
  client: webApi.WebClient,
  logger: Logger,
  userId: string,
  what: string,
  upload: (channelId: string) => Promise<unknown>,
): Promise<Result<void, string>> {
  let method = 'conversations.open';
  try {
    const opened = await client.conversations.open({ users: userId });
    const channelId = opened.channel?.id;
    if (!channelId) return err('no_channel');
    method = 'files.upload';
    await upload(channelId);
    return ok(undefined);
  } catch (error) {
    const code = slackErrorCode(error);
    logger.warn({ platform: 'slack', method, code }, `${what} not sent`);
    return err(code);
  }
}

export const uploadAnyPrivateFile = (
  client: webApi.WebClient,
  logger: Logger,
  userId: string,
  file: AnyPrivateFile,
): Promise<Result<void, string>> =>
  uploadToDm(client, logger, userId, 'private file', (channelId) =>
    client.filesUploadV2({
      channel_id: channelId,
      filename: file.name,
      title: file.name,
      file: Buffer.from(fileBytes(file)),
    }),
  );
