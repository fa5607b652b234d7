// Renders the core's neutral messages as terminal text: ANSI styles on a terminal,
// plain text when the output is piped. Control characters in the text (an escape
// sequence, a carriage return someone typed) are shown as U+FFFD, never sent to the
// terminal, which would act on them.
import type { Block, Locale, Message } from '../../src/core/public.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const ITALIC = '\u001b[3m';
const CYAN = '\u001b[36m';
const RESET = '\u001b[0m';

// C0 controls but tab and line feed, DEL and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text a terminal only prints. */
export const inert = (text: string): string => text.replace(CONTROL, '\ufffd');

export function renderInline(raw: string, colour: boolean): string {
  const text = inert(raw);
  const italic = /(^|[^\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])/gu;
  if (!colour)
    return text
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(italic, '$1$2');
  return text
    .replace(/\*\*(.+?)\*\*/g, `${BOLD}$1${RESET}`)
    .replace(/`([^`]*)`/g, `${CYAN}$1${RESET}`)
    .replace(italic, `$1${ITALIC}$2${RESET}`);
}

function renderBlock(block: Block, colour: boolean, colon: string): string {
  switch (block.type) {
    case 'header':
      return colour ? `${BOLD}${inert(block.text)}${RESET}` : inert(block.text);
    case 'text':
      return renderInline(block.text, colour);
    case 'context':
      return colour ? `${DIM}${renderInline(block.text, false)}${RESET}` : renderInline(block.text, false);
    case 'fields':
      return block.fields
        .map((f) => {
          const value = renderInline(f.value, colour);
          const label = inert(f.label);
          return value.includes('\n')
            ? `${label}${colon}\n  ${value.split('\n').join('\n  ')}`
            : `${label}${colon} ${value}`;
        })
        .join('\n');
    case 'buttons':
      return block.buttons.map((b) => inert(`  [${b.label}] → ${b.command}`)).join('\n');
    case 'choices':
      return inert(
        [`${block.placeholder}:`, ...block.choices.map((c) => `  (${c.label}) → ${c.command}`)].join('\n'),
      );
    case 'divider':
      return '—';
  }
}

export function renderMessage(message: Message, locale: Locale, colour: boolean): string {
  // French puts a no-break space before a colon.
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  return message.blocks.map((b) => renderBlock(b, colour, colon)).join('\n');
}
