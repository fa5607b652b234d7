// French typography for the bot's own texts: a narrow no-break space before ; ! ? %,
// a no-break space before : and inside « », and the typographic apostrophe. Spans in
// backticks are left alone: they are commands people copy.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function typesetProse(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/ ?« ?/g, (m) => (m.startsWith(' ') ? ` «${NBSP}` : `«${NBSP}`))
    .replace(/ ?»/g, `${NBSP}»`)
    .replace(/ ([;!?%])/g, `${NNBSP}$1`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/\b(n°|N°) /g, `$1${NBSP}`);
}

export function frenchTypography(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : typesetProse(part)))
    .join('');
}
