// A message's picture (the digest's map) on Discord: a file attached to the first part of
// the message — as `files[0]` of a multipart request with `attachments: [{ id: 0, filename,
// description }]` in its JSON for the REST client, as a file of the reply for an
// interaction. `description` is the alt text screen readers read (1,024 characters at most).
import type { RawFile } from 'discord.js';
import type { Message } from '../../src/core/public.ts';

export type Picture = NonNullable<Message['picture']>;

/** Discord's limit on an attachment's description. */
const DESCRIPTION_LIMIT = 1024;

const description = (picture: Picture) => picture.alt.slice(0, DESCRIPTION_LIMIT);

/** What a REST call posting a message with the picture adds: the file, and its entry in the body. */
export function restPicture(picture: Picture): {
  files: RawFile[];
  attachments: Array<{ id: number; filename: string; description: string }>;
} {
  return {
    files: [{ name: picture.name, data: Buffer.from(picture.data), contentType: picture.mimeType }],
    attachments: [{ id: 0, filename: picture.name, description: description(picture) }],
  };
}

/** The picture as a file of an interaction's reply (discord.js names it `files[0]` and sends its description). */
export function replyPicture(picture: Picture) {
  return { attachment: Buffer.from(picture.data), name: picture.name, description: description(picture) };
}
