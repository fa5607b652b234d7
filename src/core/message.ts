// The neutral message model: what the core says, before any platform renders it.
// Text uses a tiny markup every adapter understands: **bold**, _italic_, `code`.

export interface Button {
  label: string;
  /** What follows `/coop` when the button is pressed: every adapter runs it like typed text. */
  command: string;
  style?: 'primary' | 'danger';
}

export interface Choice {
  label: string;
  command: string;
}

export type Block =
  | { type: 'header'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: ReadonlyArray<{ label: string; value: string }> }
  | { type: 'buttons'; buttons: readonly Button[] }
  | { type: 'choices'; placeholder: string; choices: readonly Choice[] }
  | { type: 'context'; text: string }
  | { type: 'divider' };

/**
 * Marks a public message as a poll's: `live` is the message that shows the poll and its
 * buttons (where it was posted is stored, to edit it later); `results` is posted
 * in the thread of (or as a reply to) the live message when the platform has threads.
 */
export interface PollAnchor {
  networkId: string;
  pollId: string;
  /** The poll's number in its network, for messages such as `sondage publier 3`. */
  ref: number;
  role: 'live' | 'results';
  /**
   * Results only: the ref of the live message, to post them in its thread (Slack) or as a
   * reply to it (Discord); absent when the live message was never posted.
   */
  replyTo?: string;
}

/**
 * A file for the person who asked only (`mes-donnees`, `diagnostic export`): Slack uploads
 * it to their direct messages with the bot, Discord attaches it to a direct message, the
 * shell writes it to disk and says where. Only on private messages.
 */
export interface PrivateFile {
  name: string;
  mimeType: 'application/json' | 'text/csv';
  /** Written as UTF-8. */
  content: string;
}

/** A private file that is not text (`diagnostic export`'s workbook). */
export interface BinaryFile {
  name: string;
  mimeType: typeof XLSX_MIME;
  content: Uint8Array;
}

export type AnyPrivateFile = PrivateFile | BinaryFile;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file's bytes, text as UTF-8. */
export const fileBytes = (file: AnyPrivateFile): Uint8Array =>
  typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;

/** Every private file a message carries: `file` first, then `files`. */
export const privateFiles = (message: Message): AnyPrivateFile[] => [
  ...(message.file ? [message.file] : []),
  ...(message.files ?? []),
];

/**
 * A picture that goes with a message (the digest's map): Slack uploads it into the channel
 * (or, with a private message, into the asker's direct messages with the bot), Discord
 * attaches it, the shell writes it to DATA_DIR and says where. `alt` says what it shows.
 */
export interface Picture {
  /** File name, `….png`. */
  name: string;
  mimeType: 'image/png';
  data: Uint8Array;
  alt: string;
  width: number;
  height: number;
}

export interface Message {
  /** private: only the person who asked sees it (ephemeral); public: posted in the channel. */
  visibility: 'private' | 'public';
  blocks: Block[];
  poll?: PollAnchor;
  /** One private file (`mes-donnees`'s JSON). */
  file?: PrivateFile;
  /** Several private files, delivered together (`diagnostic export`: the workbook and its CSVs). */
  files?: readonly AnyPrivateFile[];
  picture?: Picture;
  /**
   * The asker's data was just erased (`oubli confirmer`): an adapter must not bring them
   * back from what it remembers (the shell's `as` name, its local user).
   */
  erased?: true;
}

export const privateMessage = (...blocks: Block[]): Message => ({ visibility: 'private', blocks });
export const publicMessage = (...blocks: Block[]): Message => ({ visibility: 'public', blocks });
export const text = (value: string): Block => ({ type: 'text', text: value });
export const header = (value: string): Block => ({ type: 'header', text: value });
export const context = (value: string): Block => ({ type: 'context', text: value });
export const fields = (entries: ReadonlyArray<{ label: string; value: string }>): Block => ({
  type: 'fields',
  fields: entries,
});
export const buttons = (...list: Button[]): Block => ({ type: 'buttons', buttons: list });

/** Plain text of a message, as a log-free summary for tests and the shell. */
export function messageText(message: Message): string {
  return message.blocks
    .map((block) => {
      switch (block.type) {
        case 'header':
        case 'text':
        case 'context':
          return block.text;
        case 'fields':
          return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
        case 'buttons':
          return block.buttons.map((b) => `[${b.label}]`).join(' ');
        case 'choices':
          return block.choices.map((c) => `(${c.label})`).join(' ');
        case 'divider':
          return '';
      }
      return '';
    })
    .join('\n');
}
