import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/core/args/tokenize.ts';
import { joinTokens, tokenize, tokenText } from '../../../src/core/args/tokenize.ts';

function tokens(input: string): Token[] {
  const result = tokenize(input);
  if (!result.ok) throw new Error(`tokenize failed at ${result.error.at}`);
  return result.value;
}

const word = (text: string): Token => ({ kind: 'word', text });
const quoted = (text: string): Token => ({ kind: 'quoted', text });

describe('tokenize', () => {
  it('reads the full example a user types after /coop', () => {
    const input =
      'echange @Marie @"Jean Dupont" appel "Orientation vers la ML" #logement note: « suivi collectif » demain';
    expect(tokens(input)).toEqual([
      word('echange'),
      { kind: 'mention', label: 'Marie' },
      { kind: 'mention', label: 'Jean Dupont' },
      word('appel'),
      quoted('Orientation vers la ML'),
      word('#logement'),
      word('note:'),
      quoted('suivi collectif'),
      word('demain'),
    ]);
  });

  it('returns no token for empty or blank input', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens(' \t\n ')).toEqual([]);
  });

  it('splits on tabs, newlines and the no-break spaces U+00A0 and U+202F', () => {
    expect(tokens('un\tdeux\nTrois\u00a0quatre\u202fcinq   six')).toEqual(
      ['un', 'deux', 'Trois', 'quatre', 'cinq', 'six'].map(word),
    );
  });

  it.each([
    ['straight quotes', '"Orientation vers la ML"'],
    ['English curly quotes', '“Orientation vers la ML”'],
    ['French guillemets with inner spaces', '« Orientation vers la ML »'],
    ['French guillemets with no-break spaces', '«\u00a0Orientation vers la ML\u202f»'],
    ['German low-high quotes', '„Orientation vers la ML“'],
    ['a curly opener closed by a straight quote', '“Orientation vers la ML"'],
  ])('reads %s as one quoted token', (_style, input) => {
    expect(tokens(`x ${input} y`)).toEqual([word('x'), quoted('Orientation vers la ML'), word('y')]);
  });

  it('keeps an empty quoted string as an empty quoted token', () => {
    expect(tokens('titre ""')).toEqual([word('titre'), quoted('')]);
  });

  it('keeps other quote marks inside a quoted string', () => {
    expect(tokens('« il a dit "oui" »')).toEqual([quoted('il a dit "oui"')]);
  });

  it('treats straight and curly apostrophes as part of the word', () => {
    expect(tokens("l'école l’atelier aujourd'hui ‘cité’")).toEqual([
      word("l'école"),
      word('l’atelier'),
      word("aujourd'hui"),
      word('‘cité’'),
    ]);
  });

  it('starts a quoted token at a quote glued to a word', () => {
    expect(tokens('note:"suivi collectif" fin')).toEqual([
      word('note:'),
      quoted('suivi collectif'),
      word('fin'),
    ]);
  });

  it('keeps a stray closing mark as a word', () => {
    expect(tokens('a » b')).toEqual([word('a'), word('»'), word('b')]);
  });

  it.each([
    ['"pas fini', 6],
    ['« pas fini', 6],
    ['“pas fini', 6],
    ['„pas fini', 6],
    ['ok "fini" "pas', 16],
  ])('refuses the unclosed quote in %j and says where it opened', (tail, at) => {
    expect(tokenize(`titre ${tail}`)).toEqual({ ok: false, error: { code: 'unclosed-quote', at } });
  });

  it('does not close guillemets with a straight quote', () => {
    expect(tokenize('« suivi " collectif').ok).toBe(false);
  });

  it('reads Slack mentions with and without a name', () => {
    expect(tokens('<@U123|marie.d> <@W0ABC> <@U9|Jean Dupont>')).toEqual([
      { kind: 'mention', userId: 'U123', label: 'marie.d' },
      { kind: 'mention', userId: 'W0ABC', label: 'W0ABC' },
      { kind: 'mention', userId: 'U9', label: 'Jean Dupont' },
    ]);
  });

  it('reads Discord user mentions, nickname form included', () => {
    expect(tokens('<@123456789012345678> <@!42>')).toEqual([
      { kind: 'mention', userId: '123456789012345678', label: '123456789012345678' },
      { kind: 'mention', userId: '42', label: '42' },
    ]);
  });

  it('reads platform mentions glued to each other or to a word', () => {
    expect(tokens('cc:<@U1><@U2>,')).toEqual([
      word('cc:'),
      { kind: 'mention', userId: 'U1', label: 'U1' },
      { kind: 'mention', userId: 'U2', label: 'U2' },
      word(','),
    ]);
  });

  it('leaves role, channel and broadcast escapes as words', () => {
    expect(tokens('<@&987> <#C1|general> <!here>')).toEqual([
      word('<@&987>'),
      word('<#C1|general>'),
      word('<!here>'),
    ]);
  });

  it('reads shell mentions, plain or quoted in any style', () => {
    expect(tokens('@Marie @"Jean Dupont" @« Anne-Lise Roy » @“Zoé K”')).toEqual([
      { kind: 'mention', label: 'Marie' },
      { kind: 'mention', label: 'Jean Dupont' },
      { kind: 'mention', label: 'Anne-Lise Roy' },
      { kind: 'mention', label: 'Zoé K' },
    ]);
  });

  it('drops the sentence punctuation that follows a shell mention', () => {
    expect(tokens('avec @Marie, @Paul.')).toEqual([
      word('avec'),
      { kind: 'mention', label: 'Marie' },
      { kind: 'mention', label: 'Paul' },
    ]);
  });

  it('refuses an unclosed quoted shell mention', () => {
    expect(tokenize('@"Jean Dupont')).toEqual({ ok: false, error: { code: 'unclosed-quote', at: 1 } });
  });

  it('keeps a lone @, an @ before punctuation and an email address as words', () => {
    expect(tokens('@ @, marie@asso.fr a@b.fr')).toEqual([
      word('@'),
      word('@,'),
      word('marie@asso.fr'),
      word('a@b.fr'),
    ]);
  });

  it('keeps emoji, including multi-code-point ones, whole', () => {
    expect(tokens('🎉 bravo👍🏽 « super 👩‍👩‍👧 »')).toEqual([
      word('🎉'),
      word('bravo👍🏽'),
      quoted('super 👩‍👩‍👧'),
    ]);
  });
});

describe('tokenText and joinTokens', () => {
  it('gives quoted text without quotes and mentions as @label', () => {
    expect(tokenText(quoted('suivi collectif'))).toBe('suivi collectif');
    expect(tokenText({ kind: 'mention', userId: 'U1', label: 'marie.d' })).toBe('@marie.d');
    expect(tokenText(word('demain'))).toBe('demain');
  });

  it('recovers free text from tokens', () => {
    const result = tokenize('suivi   avec <@U1|marie.d> « en binôme »\u00a0demain');
    expect(result.ok && joinTokens(result.value)).toBe('suivi avec @marie.d en binôme demain');
  });

  it('joins no tokens into an empty string', () => {
    expect(joinTokens([])).toBe('');
  });
});
