// A message's picture (the digest's map) on Slack: uploaded into a channel, or into the
// asker's DM with the bot for a private answer (ephemeral messages cannot carry files), by
// the Web API's upload flow — files.getUploadURLExternal, the bytes to the URL Slack gives,
// files.completeUploadExternal with the channel — which needs `files:write`.
// The steps are called one by one rather than through WebClient.filesUploadV2: Slack reads
// the alt text as `alt_txt` (files.getUploadURLExternal, at most 1,000 characters) while
// filesUploadV2 sends it as `alt_text`. Failures come back as Slack's code
// (`http_500` for an upload URL that failed); logs never carry the alt text.
import type { webApi } from '@slack/bolt';
import { type Logger, type Message, PlatformError, type Result } from '../../src/core/public.ts';
import { uploadToDm } from './private-file.ts';

export type Picture = NonNullable<Message['picture']>;

/** Slack's limit on an image's description (alt_txt_too_large beyond). */
const ALT_LIMIT = 1000;

export interface PictureUpload {
  channelId: string;
  picture: Picture;
  /** The file's name in Slack (a keyed post's carries its key's hash); the picture's own by default. */
  name?: string;
  /** Shares it in a thread. */
  threadTs?: string;
}

/**
 * Uploads the picture and shares it in the channel. Throws the failing call's error (a
 * PlatformError with `http_<status>` or `request_failed` for the upload URL).
 */
export async function uploadPicture(client: webApi.WebClient, upload: PictureUpload): Promise<void> {
  const { picture } = upload;
  const name = upload.name ?? picture.name;
  const url = (await client.apiCall('files.getUploadURLExternal', {
    filename: name,
    length: picture.data.byteLength,
    alt_txt: picture.alt.slice(0, ALT_LIMIT),
  })) as { upload_url?: string; file_id?: string };
  if (!url.upload_url || !url.file_id) throw new PlatformError('no_upload_url', 'Slack gave no upload URL');
  await sendBytes(url.upload_url, picture);
  await client.files.completeUploadExternal({
    files: [{ id: url.file_id, title: name }],
    channel_id: upload.channelId,
    ...(upload.threadTs ? { thread_ts: upload.threadTs } : {}),
  });
}

async function sendBytes(url: string, picture: Picture): Promise<void> {
  let status: number;
  try {
    const sent = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': picture.mimeType },
      body: picture.data,
      signal: AbortSignal.timeout(30_000),
    });
    await sent.arrayBuffer();
    status = sent.status;
  } catch (error) {
    throw new PlatformError('request_failed', 'the upload URL did not answer', { cause: error });
  }
  if (status !== 200) throw new PlatformError(`http_${status}`, `the upload URL answered ${status}`);
}

/**
 * A picture for one person: uploaded into their DM with the bot (conversations.open first).
 * The log names the method and Slack's code, never the picture's name or alt text.
 */
export const uploadPictureToUser = (
  client: webApi.WebClient,
  logger: Logger,
  userId: string,
  picture: Picture,
): Promise<Result<void, string>> =>
  uploadToDm(client, logger, userId, 'private picture', (channelId) =>
    uploadPicture(client, { channelId, picture }),
  );
