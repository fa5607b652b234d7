// Text crossing the Slack boundary. Outgoing: the core's markup (**bold**, _italic_,
// `code`) becomes mrkdwn, and &, <, > are always escaped, so no text — least of all a
// user's — can become <!channel>, <!here>, <!subteam^…> or a mention. Incoming: what
// Slack escaped (should_escape) is read back into the words the core understands.
import { cutPoint } from '../../src/core/public.ts';

/** Slack's three control characters as entities (its documented escaping). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The core's markup as mrkdwn, escaped. */
export function toMrkdwn(text: string): string {
  return escapeSlack(text).replace(/\*\*(.+?)\*\*/gs, '*$1*');
}

/** The core's markup dropped, for plain_text objects and modal errors. */
export function stripMarkup(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])/gu, '$1$2');
}

/** Escaped plain text (Slack parses &, <, > in plain_text objects too). */
export const toPlain = (text: string): string => escapeSlack(stripMarkup(text));

/** Cuts `text` to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never end inside an entity such as &amp; (it would show half-escaped), nor inside an emoji.
  const cut = text.slice(0, cutPoint(text, max - 1)).replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}

/**
 * The text of a slash command as the core reads it. Slack (with should_escape) sends user
 * mentions as `<@U123|name>`, which the core resolves, so they stay; a channel the user
 * linked with `#` becomes `#name` again (themes are written `#logement`); links and special
 * mentions become plain words; then the entities are decoded.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) => `#${name || id}`)
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
