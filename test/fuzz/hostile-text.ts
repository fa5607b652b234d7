// Hostile texts for the fuzz tests: control characters, bidirectional overrides and
// zero-width characters, emoji and combining marks, lone surrogates, SQL-like and
// markup-like text, mass mentions of Slack and Discord, numbers out of range, unbalanced
// quotes and very long strings — alone, mixed, or mixed with ordinary words.
import fc from 'fast-check';

export const CONTROL = ['\u0000', '\r', '\n', '\t', '\u0007', '\u0008', '\u001b[2J', '\u001b]0;pwned\u0007'];
export const INVISIBLE = [
  '\u202e',
  '\u202d',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u007f',
  '\u00a0',
  '\u202f',
];
export const GRAPHEMES = ['👩‍👩‍👧‍👦', '🇫🇷', 'e\u0301', 'Z̴̡̛̖a̷l̶g̸o̵', '\u0301', '🏳️‍⚧️', '𝔘𝔫𝔦', 'ﷺ', 'ǅ', 'İ', 'ß'];
export const SURROGATES = ['\ud800', '\udfff', '\ud83d', 'a\udc00b', '\udbff\ud800'];
export const SQL = [
  "'; drop table members; --",
  '$1',
  '$&',
  "$'",
  '\\',
  '\\\\',
  "' or '1'='1",
  '%',
  '_%_',
  "E'\\x00'",
  '); delete from polls where (1=1',
  '{name}',
  '{{network}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-like text on purpose.
  '${process.exit()}',
  '__proto__',
  'constructor',
];
export const MARKUP = [
  '*',
  '**',
  '_',
  '`',
  '```',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;!channel&gt;',
  '||spoiler||',
  '[lien](https://evil.example)',
  '<https://evil.example|clic>',
  '~~barré~~',
  '> citation',
  '# titre',
  '-# petit',
  '**gras',
  '_italique',
  '<script>alert(1)</script>',
];
export const MENTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123>',
  '<!subteam^S123|@equipe>',
  '<!here|here>',
  '@everyone',
  '@here',
  '@channel',
  '<@&123456789012345678>',
  '<@U123>',
  '<@UALICE01>',
  '<@UALICE01|alice>',
  '<@!123456789012345678>',
  '<@123456789012345678>',
  '<#C0GENERAL>',
  '<#C0GENERAL|general>',
  '@everyone@here',
  '＠everyone',
  '@\u200beveryone',
];
export const NUMBERS = [
  '0',
  '-1',
  '-0',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '2147483648',
  '9007199254740993',
  '99999999999999999999',
  '999999999999',
  '٣',
  '#1',
  '#0',
  'n°999999999999',
  '3',
  '1',
  '2',
];
export const QUOTES = ['"', '“', '”', '«', '»', '„', "'", '"ouvert', '« pas fermé', '""', '“”', '"a" "b'];
export const DATES = [
  '31/02',
  '29/02/2027',
  'demain 25h',
  'vendredi 99h',
  '9999-99-99',
  '00/00',
  'hier hier',
];
export const KEYWORDS = ['--ok', 'confirmer', 'confirm', 'retirer', 'liste', 'list', 'ajouter', 'public'];

const ATOMS = [
  ...CONTROL,
  ...INVISIBLE,
  ...GRAPHEMES,
  ...SURROGATES,
  ...SQL,
  ...MARKUP,
  ...MENTIONS,
  ...NUMBERS,
  ...QUOTES,
  ...DATES,
  ...KEYWORDS,
];

export const atom = fc.constantFrom(...ATOMS);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** A short string of mixed hostile atoms, ordinary letters and random code units. */
export const shortHostile: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: atom },
      fc.string({ maxLength: 6 }),
      fc.string({ unit: codeUnit, maxLength: 4 }),
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((parts) => parts.join(''));

/** A very long string (up to ~10,000 characters), of one atom repeated or of mixed ones. */
export const longHostile: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(atom, fc.integer({ min: 200, max: 10_000 }))
    .map(([a, n]) => a.repeat(Math.ceil(n / a.length)).slice(0, n)),
  fc
    .tuple(shortHostile, fc.integer({ min: 200, max: 10_000 }))
    .map(([s, n]) => s.repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n)),
  fc.integer({ min: 100, max: 10_000 }).map((n) => 'x'.repeat(n)),
);

/** Mostly short hostile text, sometimes a very long one. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: shortHostile },
  { weight: 1, arbitrary: longHostile },
);

const OPENERS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
];

/** One word of a command line: bare, quoted (sometimes left open), or as a shell mention. */
export const hostileWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...OPENERS), hostileText, fc.boolean())
      .map(([[open, close], body, closed]) => `${open}${body}${closed ? close : ''}`),
  },
  { weight: 1, arbitrary: hostileText.map((t) => `@${t}`) },
  { weight: 1, arbitrary: fc.constantFrom(...MENTIONS, ...NUMBERS, ...KEYWORDS) },
);
