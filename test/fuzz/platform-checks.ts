// What the fuzz tests check of every message the core gives, rendered as each platform
// renders it: within Slack's and Discord's limits (the fakes' own checks, plus the few
// the fakes do not make), no Slack text able to notify or link anyone, and no terminal
// control sequence reaching the shell's output.
import { CustomIds } from '../../adapters/discord/custom-ids.ts';
import { renderMessage as renderDiscord } from '../../adapters/discord/render.ts';
import { renderMessage as renderShell } from '../../adapters/shell/render-text.ts';
import { LIMITS, toBlockKit } from '../../adapters/slack/block-kit.ts';
import type { Locale } from '../../src/core/locale.ts';
import type { Message } from '../../src/core/message.ts';
import { messageProblems } from '../discord/message-limits.ts';
import { blockProblems, type Payload } from '../slack/fake-slack.ts';

/** Every text object's text (and the fallback text) of Slack payloads; button values aside. */
export function slackTexts(payload: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key: string | undefined) => {
    if (typeof node === 'string') {
      if (key === 'text') out.push(node);
      return;
    }
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) if (k !== 'value') walk(v, k);
  };
  walk(payload, undefined);
  return out;
}

/**
 * Anything Slack would read as a mention, a broadcast, a channel link or a link: its
 * control character `<` unescaped. Escaped `&lt;` shows as `<` and notifies nobody.
 */
export function slackPings(payload: unknown): string[] {
  return slackTexts(payload).filter((t) => t.includes('<') || t.includes('>'));
}

/** What Slack would refuse in the elements (the fake checks blocks and texts). */
function slackElementProblems(blocks: readonly Payload[]): string[] {
  const problems: string[] = [];
  for (const block of blocks) {
    if (block.type === 'header' && String(block.text?.text ?? '').length < 1) problems.push('empty header');
    for (const element of (block.elements as Payload[] | undefined) ?? []) {
      if (element.type === 'button') {
        const text = String(element.text?.text ?? '');
        if (text.length < 1 || text.length > LIMITS.buttonText) problems.push('button text of 1 to 75');
        if (String(element.value ?? '').length > LIMITS.buttonValue) problems.push('button value over 2,000');
      }
      if (element.type === 'static_select') {
        const options = (element.options as Payload[] | undefined) ?? [];
        if (options.length < 1 || options.length > LIMITS.options) problems.push('menu: 1 to 100 options');
        if (options.some((o) => String(o.value).length > LIMITS.optionValue))
          problems.push('option value over 150');
        if (options.some((o) => String(o.text?.text ?? '').length < 1)) problems.push('empty option text');
        if (String(element.placeholder?.text ?? '').length < 1) problems.push('empty menu placeholder');
      }
      if (String(element.action_id ?? '').length > 255) problems.push('action_id over 255');
    }
  }
  return problems;
}

export function slackProblems(message: Message): string[] {
  const problems: string[] = [];
  for (const part of toBlockKit(message)) {
    problems.push(...blockProblems(part.blocks), ...slackElementProblems(part.blocks as Payload[]));
    if (part.text.length > LIMITS.fallback) problems.push('fallback text over 3,000');
    for (const ping of slackPings(part))
      problems.push(`unescaped < or > in a Slack text: ${ping.slice(0, 80)}`);
  }
  return problems;
}

export function discordProblems(message: Message): string[] {
  const ids = new CustomIds();
  const problems: string[] = [];
  // In the guild, and as a private message whose buttons name their guild.
  for (const guild of [undefined, '123456789012345678']) {
    const rendered = renderDiscord(message, ids, guild);
    const visible = message.blocks.some((b) => 'text' in b && b.text.trim() !== '');
    if (rendered.length === 0 && visible) problems.push('nothing rendered');
    for (const part of rendered) problems.push(...messageProblems({ ...part }, { creating: true }));
  }
  return problems;
}

// The shell's own styles: bold, dim, italic, cyan, reset.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the shell's own escape sequences.
const OWN_STYLES = /\u001b\[(?:0|1|2|3|36)m/g;
// C0 controls but tab and line feed, DEL, C1 controls: a terminal acts on them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function shellProblems(message: Message, locale: Locale): string[] {
  const problems: string[] = [];
  const plain = renderShell(message, locale, false);
  if (TERMINAL_CONTROL.test(plain))
    problems.push(`control character in plain shell output: ${JSON.stringify(plain.slice(0, 80))}`);
  const coloured = renderShell(message, locale, true).replace(OWN_STYLES, '');
  if (TERMINAL_CONTROL.test(coloured)) problems.push('control character in coloured shell output');
  return problems;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}
const hasLoneSurrogate = (value: unknown) => strings(value).some((s) => LONE_SURROGATE.test(s));

/** A cut made by a renderer (at a limit) must not split an emoji into a lone surrogate. */
function splitEmoji(message: Message): string[] {
  if (hasLoneSurrogate(message)) return [];
  const rendered = [toBlockKit(message), renderDiscord(message, new CustomIds())];
  return hasLoneSurrogate(rendered) ? ['a cut left half an emoji (a lone surrogate)'] : [];
}

/** Every problem of `message` on every platform. */
export function renderingProblems(message: Message, locale: Locale): string[] {
  return [
    ...slackProblems(message),
    ...discordProblems(message),
    ...shellProblems(message, locale),
    ...splitEmoji(message),
  ];
}
