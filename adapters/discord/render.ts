// The core's neutral message as Discord messages: plain sentences as content, anything
// with a header or fields as embeds, buttons and menus as components, all within
// Discord's limits — split over several messages when one cannot hold it all. The core's
// markup (**bold**, _italic_, `code`) is Discord markdown already; context lines become
// small text (`-# `).
import { type Block, type Button, type Choice, cutPoint, type Message } from '../../src/core/public.ts';
import { type CustomIds, SELECT } from './custom-ids.ts';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedsPerMessage: 10,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  label: 80,
  selectOptions: 25,
  selectLabel: 100,
} as const;

const COLOUR = 0x2f7d6d;

export interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string; inline: false }>;
  color: number;
}

interface ButtonJson {
  type: 2;
  style: 1 | 2 | 4;
  label: string;
  custom_id: string;
}
interface SelectJson {
  type: 3;
  custom_id: string;
  placeholder: string;
  options: Array<{ label: string; value: string }>;
}
export interface Row {
  type: 1;
  components: Array<ButtonJson | SelectJson>;
}

export interface Rendered {
  content?: string;
  embeds: Embed[];
  components: Row[];
}

/** Cuts a text to `max` characters, marking the cut. */
export const cut = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, cutPoint(text, max - 1))}…`;

/** Splits a text into pieces of at most `max` characters, at line breaks when it can. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = line;
    while (current.length > max) {
      const at = cutPoint(current, max) || max;
      pieces.push(current.slice(0, at));
      current = current.slice(at);
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

const blockText = (block: Block): string | undefined => {
  if (block.type === 'text') return block.text.trim() || undefined;
  if (block.type === 'context')
    return block.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `-# ${line}`)
      .join('\n');
  return undefined;
};

function contentMessages(blocks: readonly Block[]): Rendered[] {
  const text = blocks
    .map(blockText)
    .filter((t) => t !== undefined)
    .join('\n');
  return splitText(text, LIMITS.content).map((content) => ({ content, embeds: [], components: [] }));
}

const embedSize = (embed: Embed) =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

/** Embeds in block order; a new one starts at each header, after a divider, or when one is full. */
function embedsOf(blocks: readonly Block[]): Embed[] {
  const embeds: Embed[] = [];
  let current: Embed = { color: COLOUR };
  const flush = () => {
    if (current.title || current.description || current.fields) embeds.push(current);
    current = { color: COLOUR };
  };
  for (const block of blocks) {
    if (block.type === 'header') {
      flush();
      current.title = cut(block.text, LIMITS.title);
    } else if (block.type === 'divider') {
      flush();
    } else if (block.type === 'fields') {
      for (const f of block.fields) {
        const name = cut(f.label || '\u200b', LIMITS.fieldName);
        const value = cut(f.value || '—', LIMITS.fieldValue);
        const full = (current.fields?.length ?? 0) >= LIMITS.fields;
        if (full || embedSize(current) + name.length + value.length > LIMITS.embedTotal) flush();
        current.fields ??= [];
        current.fields.push({ name, value, inline: false });
      }
    } else {
      const text = blockText(block);
      if (text === undefined) continue;
      // Text after fields would show above them: it starts an embed of its own.
      if (current.fields) flush();
      for (const piece of splitText(text, LIMITS.description)) {
        const joined = current.description ? `${current.description}\n${piece}` : piece;
        const size = embedSize(current) - (current.description?.length ?? 0) + joined.length;
        if (joined.length > LIMITS.description || size > LIMITS.embedTotal) {
          flush();
          current.description = piece;
        } else current.description = joined;
      }
    }
  }
  flush();
  return embeds;
}

/** Packs embeds into messages of at most 10 embeds and 6,000 characters. */
function packEmbeds(embeds: readonly Embed[]): Rendered[] {
  const messages: Rendered[] = [];
  let current: Embed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const next = embedSize(embed);
    if (
      current.length > 0 &&
      (current.length === LIMITS.embedsPerMessage || size + next > LIMITS.embedTotal)
    ) {
      messages.push({ embeds: current, components: [] });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += next;
  }
  if (current.length > 0) messages.push({ embeds: current, components: [] });
  return messages;
}

const STYLES = { primary: 1, danger: 4 } as const;

function buttonRows(buttons: readonly Button[], at: Place, seen: Set<string>): Row[] {
  const components: ButtonJson[] = [];
  for (const button of buttons) {
    const custom_id = at.ids.forCommand(button.command, at.guildId);
    if (seen.has(custom_id)) continue;
    seen.add(custom_id);
    const style = button.style ? STYLES[button.style] : 2;
    components.push({ type: 2, style, label: cut(button.label || '…', LIMITS.label), custom_id });
  }
  const rows: Row[] = [];
  for (let i = 0; i < components.length; i += LIMITS.buttonsPerRow)
    rows.push({ type: 1, components: components.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

function selectRow(
  block: { placeholder: string; choices: readonly Choice[] },
  at: Place,
  index: number,
): Row {
  const options = block.choices.slice(0, LIMITS.selectOptions).map((c) => ({
    label: cut(c.label || '…', LIMITS.selectLabel),
    value: at.ids.forCommand(c.command, at.guildId),
  }));
  const select: SelectJson = {
    type: 3,
    custom_id: `${SELECT}:${index}`,
    placeholder: cut(block.placeholder, 150),
    options,
  };
  return { type: 1, components: [select] };
}

/** Where the components will be clicked: in their guild, or in a private message (`guildId`). */
interface Place {
  ids: CustomIds;
  guildId: string | undefined;
}

function componentRows(blocks: readonly Block[], at: Place): Row[] {
  const rows: Row[] = [];
  // Discord refuses a message with two components of one custom_id, even in two rows.
  const seen = new Set<string>();
  blocks.forEach((block, index) => {
    if (block.type === 'buttons') rows.push(...buttonRows(block.buttons, at, seen));
    if (block.type === 'choices' && block.choices.length > 0) rows.push(selectRow(block, at, index));
  });
  return rows;
}

/**
 * One neutral message as one or more Discord messages (components on the last ones). For a
 * private message, `outsideGuild` is the guild its buttons act in.
 */
export function renderMessage(message: Message, ids: CustomIds, outsideGuild?: string): Rendered[] {
  const visual = message.blocks.filter((b) => b.type !== 'buttons' && b.type !== 'choices');
  const plain = visual.every((b) => b.type === 'text' || b.type === 'context');
  const messages = plain ? contentMessages(visual) : packEmbeds(embedsOf(visual));
  const rows = componentRows(message.blocks, { ids, guildId: outsideGuild });
  if (messages.length === 0 && rows.length > 0) messages.push({ embeds: [], components: [] });
  const last = messages[messages.length - 1];
  if (last) last.components = rows.slice(0, LIMITS.rows);
  for (let i = LIMITS.rows; i < rows.length; i += LIMITS.rows)
    messages.push({ embeds: [], components: rows.slice(i, i + LIMITS.rows) });
  return messages;
}

/** Mentions in what the bot sends never ping anyone: not @everyone, @here, a role, nor a member. */
export const NO_MENTIONS = { parse: [] as never[] };
