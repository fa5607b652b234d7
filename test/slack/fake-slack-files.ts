// The fake Slack's file uploads, as the Web API's upload flow works: files.getUploadURLExternal
// gives a file id and an upload URL (served by the fake itself), the bytes are POSTed there
// (raw, or as multipart/form-data as the WebClient sends them), and
// files.completeUploadExternal shares the uploaded files in a channel (where a message
// carrying them then appears: fake-slack.ts). It records each upload (channel, file name,
// bytes, alt text) and can be told to lack `files:write` or to fail the upload URL.
import type { Payload } from './fake-slack.ts';

export interface SlackUpload {
  fileId: string;
  /** Where it was shared (files.completeUploadExternal's channel_id). */
  channel: string;
  filename: string;
  title: string;
  bytes: Buffer;
  /** The length declared to files.getUploadURLExternal. */
  declaredLength: number;
  /** The image's description (files.getUploadURLExternal's `alt_txt`). */
  alt?: string;
  /** The thread it was shared in (files.completeUploadExternal's `thread_ts`). */
  threadTs?: string;
}

interface Pending {
  filename: string;
  length: number;
  alt?: string;
  bytes?: Buffer;
}

/** Slack's limit on alt_txt. */
const ALT_LIMIT = 1000;

export class FakeSlackFiles {
  /** Files shared in a channel, in order. */
  readonly uploads: SlackUpload[] = [];
  /** Whether the bot token holds files:write (an app installed before it was added does not). */
  scope = true;
  /** When set, the upload URL answers this HTTP status instead of 200. */
  uploadStatus: number | undefined;
  /** The next uploads to the upload URL answer these HTTP statuses, in order (then 200). */
  readonly uploadFailures: number[] = [];
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly baseUrl: () => string,
    private readonly nextId: (prefix: string) => string,
  ) {}

  /** files.getUploadURLExternal. */
  uploadUrl(params: Payload): Payload {
    if (!this.scope) return { ok: false, error: 'missing_scope', needed: 'files:write' };
    const length = Number(params.length);
    if (typeof params.filename !== 'string' || params.filename === '' || !(length > 0))
      return { ok: false, error: 'invalid_arguments' };
    const alt = typeof params.alt_txt === 'string' ? params.alt_txt : undefined;
    if (alt !== undefined && alt.length > ALT_LIMIT) return { ok: false, error: 'alt_txt_too_large' };
    const fileId = this.nextId('F');
    this.pending.set(fileId, { filename: params.filename, length, ...(alt === undefined ? {} : { alt }) });
    return { ok: true, upload_url: `${this.baseUrl()}/upload/v1/${fileId}`, file_id: fileId };
  }

  /** A POST to an upload URL: the file's bytes. */
  async receive(path: string, raw: Buffer, contentType: string | undefined): Promise<[number, string]> {
    const fileId = path.slice('/upload/v1/'.length);
    const pending = this.pending.get(fileId);
    if (!pending) return [404, 'not found'];
    const failure = this.uploadFailures.shift() ?? this.uploadStatus;
    if (failure !== undefined) return [failure, 'failed'];
    pending.bytes = contentType?.startsWith('multipart/form-data')
      ? await firstFilePart(raw, contentType)
      : raw;
    return [200, `OK - ${pending.bytes.length}`];
  }

  /** files.completeUploadExternal: shares the uploaded files in `channel_id`. */
  complete(params: Payload, channelProblem: (channel: string) => string | undefined): Payload {
    if (!this.scope) return { ok: false, error: 'missing_scope', needed: 'files:write' };
    const files = (typeof params.files === 'string' ? JSON.parse(params.files) : params.files) as
      | Array<{ id?: string; title?: string }>
      | undefined;
    if (!Array.isArray(files) || files.length === 0) return { ok: false, error: 'invalid_arguments' };
    const channel = typeof params.channel_id === 'string' ? params.channel_id : '';
    const problem = channel === '' ? undefined : channelProblem(channel);
    if (problem) return { ok: false, error: problem };
    const ready = files.map((f) => ({ f, pending: this.pending.get(String(f.id)) }));
    if (ready.some(({ pending }) => !pending?.bytes)) return { ok: false, error: 'file_not_found' };
    const shared = ready.map(({ f, pending }) => {
      const { filename, length, alt, bytes = Buffer.alloc(0) } = pending as Pending;
      this.pending.delete(String(f.id));
      const upload: SlackUpload = {
        fileId: String(f.id),
        channel,
        filename,
        title: f.title ?? filename,
        bytes,
        declaredLength: length,
        ...(alt === undefined ? {} : { alt }),
        ...(typeof params.thread_ts === 'string' ? { threadTs: params.thread_ts } : {}),
      };
      if (channel !== '') this.uploads.push(upload);
      return {
        id: upload.fileId,
        name: filename,
        title: upload.title,
        size: bytes.length,
        ...(alt === undefined ? {} : { alt_txt: alt }),
      };
    });
    return { ok: true, files: shared };
  }

  /** Files shared in a channel (a DM `D…`). */
  sharedIn(channel: string): SlackUpload[] {
    return this.uploads.filter((u) => u.channel === channel);
  }
}

/** The first file of a multipart/form-data body (Node's own parser, as fetch has it). */
async function firstFilePart(raw: Buffer, contentType: string): Promise<Buffer> {
  const form = await new Response(new Uint8Array(raw), {
    headers: { 'content-type': contentType },
  }).formData();
  for (const [, value] of form) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}
