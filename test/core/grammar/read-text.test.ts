// The shared text reader: verbs (first word, or after a number), keywords with one word or a
// run of words, mentions, hashtags, own words (choices, flags), positions and the rest;
// words no argument claims are refused, and a failure names its argument.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/args/tokenize.ts';
import { checkArgs } from '../../../src/core/grammar/check-args.ts';
import { grammarMessages as gm } from '../../../src/core/grammar/messages.ts';
import { readText } from '../../../src/core/grammar/read-text.ts';
import type { ArgSpec, VerbSpec } from '../../../src/core/grammar/spec.ts';

const help = { fr: '', en: '' };
const arg = (spec: Omit<ArgSpec, 'help'>): ArgSpec => ({ help, ...spec });

const log: VerbSpec = {
  help,
  args: [
    arg({
      key: 'kind',
      names: ['nature', 'kind'],
      type: {
        kind: 'choice',
        choices: [
          { value: 'call', names: ['appel', 'call'] },
          { value: 'meeting', names: ['rencontre', 'meeting'] },
        ],
      },
      read: { by: 'word' },
    }),
    arg({
      key: 'people',
      names: ['membres', 'members'],
      type: { kind: 'member' },
      read: { by: 'mention' },
      many: 20,
    }),
    arg({
      key: 'themes',
      names: ['themes', 'themes'],
      type: { kind: 'text', max: 40 },
      read: { by: 'hashtag' },
      many: 10,
    }),
    arg({
      key: 'goal',
      names: ['but', 'goal'],
      type: { kind: 'integer', min: 1, max: 99 },
      read: { by: 'keyword', value: 'one' },
    }),
    arg({
      key: 'note',
      names: ['note', 'note'],
      type: { kind: 'text', max: 280 },
      read: { by: 'keyword', value: 'one' },
    }),
    arg({
      key: 'when',
      names: ['duree', 'duration'],
      type: { kind: 'text', max: 40 },
      read: { by: 'keyword', value: 'run' },
    }),
    arg({ key: 'public', names: ['public', 'public'], type: { kind: 'flag' }, read: { by: 'word' } }),
  ],
};
const close: VerbSpec = {
  names: ['fermer', 'close'],
  help,
  args: [
    arg({
      key: 'ref',
      names: ['numero', 'number'],
      type: { kind: 'integer', min: 1, max: 999 },
      read: { by: 'position', only: 'number' },
      required: true,
    }),
  ],
};
const status: VerbSpec = {
  names: ['statut', 'status'],
  after: 'ref',
  help,
  args: [
    arg({
      key: 'ref',
      names: ['numero', 'number'],
      type: { kind: 'integer', min: 1, max: 999 },
      read: { by: 'position', only: 'number' },
      required: true,
    }),
    arg({
      key: 'value',
      names: ['statut', 'status'],
      type: { kind: 'text', max: 20 },
      read: { by: 'rest' },
      required: true,
    }),
  ],
};
const poll: VerbSpec = {
  names: ['nouveau', 'new'],
  help,
  args: [
    arg({
      key: 'question',
      names: ['question', 'question'],
      type: { kind: 'text', max: 200 },
      read: { by: 'position', only: 'quoted' },
      required: true,
    }),
    arg({
      key: 'options',
      names: ['options', 'options'],
      type: { kind: 'text', max: 80 },
      read: { by: 'position', only: 'quoted' },
      many: 10,
    }),
  ],
};
const verbs = [close, status, poll, log];

function read(typed: string) {
  const tokens = tokenize(typed);
  if (!tokens.ok) throw new Error('tokenize');
  const found = readText(verbs, tokens.value);
  if (!found.ok) return { failure: found.error };
  const checked = checkArgs(found.value.verb, found.value.values, 'fr');
  return checked.ok ? { verb: found.value.verb, values: checked.value } : { failure: checked.error };
}

describe('the text reader', () => {
  it('finds parts in any order: a choice word, mentions, hashtags, keywords and a flag', () => {
    const got = read(
      'but 3 @Marie appel #logement @"Jean Dupont" note "préparation du forum" public #emploi',
    );
    expect(got.verb).toBe(log);
    expect(got.values).toEqual({
      kind: 'call',
      people: [
        { kind: 'name', name: 'Marie' },
        { kind: 'name', name: 'Jean Dupont' },
      ],
      themes: ['logement', 'emploi'],
      goal: 3,
      note: 'préparation du forum',
      public: true,
    });
  });

  it('reads a platform mention with its id, and a run of words up to the next keyword', () => {
    expect(read('<@U123|marie> duree 48 h public').values).toEqual({
      people: [{ kind: 'mention', userId: 'U123', name: 'marie' }],
      when: '48 h',
      public: true,
    });
  });

  it('takes the verb from the first word, or after a number', () => {
    expect(read('fermer 12')).toMatchObject({ verb: close, values: { ref: 12 } });
    expect(read('fermer #12')).toMatchObject({ verb: close, values: { ref: 12 } });
    expect(read('4 statut actif')).toMatchObject({ verb: status, values: { ref: 4, value: 'actif' } });
  });

  it('never takes a quoted word for a verb or a keyword', () => {
    expect(read('"fermer" note')).toMatchObject({ failure: { arg: 'note', key: gm.valueMissing } });
  });

  it('reads quoted positions in order and refuses unquoted words among them', () => {
    expect(read('nouveau "Quel jour ?" "Lundi" "Mardi"').values).toEqual({
      question: 'Quel jour ?',
      options: ['Lundi', 'Mardi'],
    });
    expect(read('nouveau "Quel jour ?" "Lundi" Mardi')).toMatchObject({
      failure: { key: gm.stray, params: { words: 'Mardi' } },
    });
  });

  it('names the argument of a failure: twice, missing, out of range, too long', () => {
    expect(read('note "a" note "b"')).toMatchObject({ failure: { arg: 'note', key: gm.twice } });
    expect(read('appel but')).toMatchObject({ failure: { arg: 'goal', key: gm.valueMissing } });
    expect(read('appel but 0')).toMatchObject({ failure: { arg: 'goal', key: gm.notANumber } });
    expect(read('fermer')).toMatchObject({ failure: { arg: 'ref', key: gm.missing } });
    expect(read(`note "${'x'.repeat(281)}"`)).toMatchObject({
      failure: { arg: 'note', key: gm.tooLong, params: { length: 281, max: 280 } },
    });
    expect(read('public public')).toMatchObject({ failure: { arg: 'public', key: gm.twice } });
  });

  it('checks typed values as it checks read ones (what Discord and forms give)', () => {
    expect(checkArgs(close, { ref: 12 }, 'fr')).toEqual({ ok: true, value: { ref: 12 } });
    expect(checkArgs(close, { ref: 0 }, 'en')).toMatchObject({ ok: false, error: { arg: 'ref' } });
    expect(checkArgs(log, { kind: 'rencontre', goal: 2 }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'meeting', goal: 2 },
    });
    expect(checkArgs(log, { kind: 'lunch' }, 'en')).toMatchObject({
      ok: false,
      error: { arg: 'kind', key: gm.notAChoice },
    });
  });
});
