// The core's neutral message as Block Kit, within Slack's limits: a message longer than
// 50 blocks becomes several messages; texts over 3,000 characters become several
// sections; more than 10 fields or 25 buttons, several blocks. Every button carries the
// command it stands for as its value, under a unique action id (`coop:N`).
import type { types } from '@slack/bolt';
import { type Block, type Button, type Choice, cutPoint, type Message } from '../../src/core/public.ts';
import { stripMarkup, toMrkdwn, toPlain, truncate } from './slack-text.ts';

type KnownBlock = types.KnownBlock;
type ActionElement = types.ActionsBlockElement;

/** One Slack message: its blocks and the notification text Slack requires besides. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export const LIMITS = {
  blocks: 50,
  text: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  contextElements: 10,
  actions: 25,
  buttonText: 75,
  buttonValue: 2000,
  options: 100,
  optionValue: 150,
  fallback: 3000,
} as const;

/** The prefix of the action ids of the buttons and menus this adapter draws. */
export const ACTION_PREFIX = 'coop:';

/** Splits at line ends so that each piece fits; a single overlong line is cut hard. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (const part of hardCut(line, max)) {
      const joined = current === '' ? part : `${current}\n${part}`;
      if (joined.length <= max) {
        current = joined;
        continue;
      }
      if (current !== '') pieces.push(current);
      current = part;
    }
  }
  if (current.trim() !== '') pieces.push(current);
  return pieces;
}

function hardCut(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    // Back off from a cut inside an entity (&amp;), which would show half-escaped.
    const end = cutPoint(rest, max) || max;
    const entity = /&[a-z]{0,4}$/.exec(rest.slice(0, end));
    const at = entity ? end - entity[0].length : end;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
/** A label Slack accepts: escaped, within `max`, never empty (Slack refuses an empty text). */
const label = (text: string, max: number) => {
  const shown = truncate(toPlain(text), max);
  return plain(shown.trim() === '' ? '…' : shown);
};
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

function sections(text: string): KnownBlock[] {
  return splitText(toMrkdwn(text), LIMITS.text).map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
}

function fieldSections(fields: ReadonlyArray<{ label: string; value: string }>): KnownBlock[] {
  const rendered = fields.map((f) =>
    mrkdwn(truncate(`*${toMrkdwn(stripMarkup(f.label))}*\n${toMrkdwn(f.value)}`, LIMITS.field)),
  );
  return chunks(rendered, LIMITS.fields).map((group) => ({ type: 'section', fields: group }));
}

function contexts(text: string): KnownBlock[] {
  const pieces = splitText(toMrkdwn(text), LIMITS.text);
  return chunks(pieces, LIMITS.contextElements).map((group) => ({
    type: 'context',
    elements: group.map(mrkdwn),
  }));
}

function button(b: Button, actionId: string): ActionElement {
  return {
    type: 'button',
    action_id: actionId,
    text: label(b.label, LIMITS.buttonText),
    value: b.command,
    ...(b.style ? { style: b.style } : {}),
  };
}

function select(placeholder: string, choices: readonly Choice[], actionId: string): ActionElement[] {
  // A menu option's value holds at most 150 characters: a longer command cannot be offered.
  const options = choices
    .filter((c) => c.command.length <= LIMITS.optionValue)
    .slice(0, LIMITS.options)
    .map((c) => ({ text: label(c.label, LIMITS.buttonText), value: c.command }));
  // A menu with nothing to choose is refused by Slack: none is drawn.
  if (options.length === 0) return [];
  return [
    { type: 'static_select', action_id: actionId, placeholder: label(placeholder, LIMITS.header), options },
  ];
}

/** Numbers the buttons and menus of one message, so that their action ids are unique. */
class ActionIds {
  private next = 0;
  take(): string {
    this.next += 1;
    return `${ACTION_PREFIX}${this.next}`;
  }
}

function renderBlock(block: Block, ids: ActionIds): KnownBlock[] {
  switch (block.type) {
    case 'header':
      return block.text.trim() === '' ? [] : [{ type: 'header', text: label(block.text, LIMITS.header) }];
    case 'text':
      return sections(block.text);
    case 'context':
      return contexts(block.text);
    case 'fields':
      return fieldSections(block.fields);
    case 'buttons': {
      // A button's value holds at most 2,000 characters; a longer one (the `--ok` of a long
      // text) would make Slack refuse the whole message. Such a button is left out: the
      // guard's warning already says to add `--ok` to the command.
      const fitting = block.buttons.filter((b) => b.command.length <= LIMITS.buttonValue);
      return chunks(fitting, LIMITS.actions).map((group) => ({
        type: 'actions',
        elements: group.map((b) => button(b, ids.take())),
      }));
    }
    case 'choices': {
      const menu = select(block.placeholder, block.choices, ids.take());
      return menu.length === 0 ? [] : [{ type: 'actions', elements: menu }];
    }
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** What a notification or a client without blocks shows: the message's words, escaped. */
function fallbackText(blocks: readonly KnownBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'header' || block.type === 'section') {
      if (block.text) lines.push(block.text.text);
      if (block.type === 'section') for (const f of block.fields ?? []) lines.push(f.text);
    } else if (block.type === 'context') {
      for (const e of block.elements) if ('text' in e) lines.push(e.text);
    }
  }
  const text = lines.join('\n').trim();
  return truncate(text === '' ? '…' : text, LIMITS.fallback);
}

/** The message as one or more Slack messages, in order; none for a message with no blocks. */
export function toBlockKit(message: Message): SlackMessage[] {
  const ids = new ActionIds();
  const blocks = message.blocks.flatMap((block) => renderBlock(block, ids));
  return chunks(blocks, LIMITS.blocks).map((group) => ({ blocks: group, text: fallbackText(group) }));
}

/** The command a clicked button or chosen menu option stands for. */
export function commandOfAction(action: {
  type: string;
  value?: string | undefined;
  selected_option?: { value?: string | undefined } | null | undefined;
}): string | undefined {
  if (action.type === 'button') return action.value;
  if (action.type === 'static_select') return action.selected_option?.value;
  return undefined;
}
