// Renders the core's neutral messages as terminal text: ANSI styles on a terminal,
// plain text when the output is piped.
import type { Locale } from '../../src/core/locale.ts';
import type { Block, Message } from '../../src/core/message.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const ITALIC = '\u001b[3m';
const CYAN = '\u001b[36m';
const RESET = '\u001b[0m';

export function renderInline(text: string, colour: boolean): string {
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
      return colour ? `${BOLD}${block.text}${RESET}` : block.text;
    case 'text':
      return renderInline(block.text, colour);
    case 'context':
      return colour ? `${DIM}${renderInline(block.text, false)}${RESET}` : renderInline(block.text, false);
    case 'fields':
      return block.fields
        .map((f) => {
          const value = renderInline(f.value, colour);
          return value.includes('\n')
            ? `${f.label}${colon}\n  ${value.split('\n').join('\n  ')}`
            : `${f.label}${colon} ${value}`;
        })
        .join('\n');
    case 'buttons':
      return block.buttons.map((b) => `  [${b.label}] → ${b.command}`).join('\n');
    case 'choices':
      return [`${block.placeholder}:`, ...block.choices.map((c) => `  (${c.label}) → ${c.command}`)].join(
        '\n',
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
