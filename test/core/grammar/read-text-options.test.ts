// The text reader's declared options for the commands moved after sigle: a keyword value
// that spans quoted texts, words a verb passes over, one member named by the words left,
// and the verb of a number followed by words that name no verb.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/args/tokenize.ts';
import { checkArgs } from '../../../src/core/grammar/check-args.ts';
import { grammarMessages as gm } from '../../../src/core/grammar/messages.ts';
import { readText } from '../../../src/core/grammar/read-text.ts';
import type { ArgSpec, VerbSpec } from '../../../src/core/grammar/spec.ts';

const help = { fr: '', en: '' };
const arg = (spec: Omit<ArgSpec, 'help'>): ArgSpec => ({ help, ...spec });
const ref = arg({
  key: 'ref',
  names: ['numero', 'number'],
  type: { kind: 'integer', min: 0, max: 999 },
  read: { by: 'position', only: 'number' },
  required: true,
});
const unknownField = { fr: 'Champ inconnu', en: 'Unknown field' };

const create: VerbSpec = {
  names: ['nouveau', 'new'],
  help,
  args: [
    arg({ key: 'title', names: ['titre', 'title'], type: { kind: 'text', max: 120 }, read: { by: 'rest' } }),
    arg({
      key: 'indicator',
      names: ['indicateur', 'indicator'],
      type: { kind: 'text', max: 200 },
      read: { by: 'keyword', value: 'span' },
    }),
  ],
};
const every: VerbSpec = {
  names: ['rythme', 'every'],
  skip: ['semaine', 'semaines', 'weeks'],
  help,
  args: [
    arg({
      key: 'weeks',
      names: ['semaines', 'weeks'],
      type: { kind: 'integer', min: 1, max: 8 },
      read: { by: 'position', only: 'number' },
    }),
  ],
};
const merge: VerbSpec = {
  names: ['fusionner', 'merge'],
  skip: ['dans', 'into'],
  help,
  args: ['source', 'target'].map((key) =>
    arg({ key, names: [key, key], type: { kind: 'text', max: 120 }, read: { by: 'position' } }),
  ),
};
const facilitator: VerbSpec = {
  names: ['facilitateur', 'facilitator'],
  help,
  args: [
    arg({
      key: 'op',
      names: ['action', 'action'],
      type: {
        kind: 'choice',
        choices: [
          { value: 'add', names: ['ajouter', 'add'] },
          { value: 'remove', names: ['retirer', 'remove'] },
        ],
      },
      read: { by: 'word' },
    }),
    arg({ key: 'who', names: ['membre', 'member'], type: { kind: 'member' }, read: { by: 'rest' } }),
  ],
};
const show: VerbSpec = { after: 'ref', help, args: [ref], stray: unknownField };
const status: VerbSpec = {
  names: ['statut', 'status'],
  after: 'ref',
  help,
  args: [
    ref,
    arg({ key: 'value', names: ['statut', 'status'], type: { kind: 'text', max: 20 }, read: { by: 'rest' } }),
  ],
};
const list: VerbSpec = { help, args: [] };
const verbs = [create, every, merge, facilitator, status, show, list];

function read(typed: string) {
  const tokens = tokenize(typed);
  if (!tokens.ok) throw new Error('tokenize');
  const found = readText(verbs, tokens.value);
  if (!found.ok) return { failure: found.error };
  const checked = checkArgs(found.value.verb, found.value.values, 'fr');
  return checked.ok ? { verb: found.value.verb, values: checked.value } : { failure: checked.error };
}

describe('the text reader’s options', () => {
  it('spans words and quoted texts up to the next keyword, leaving the words before to the rest', () => {
    expect(read('nouveau Aucun "jeune" sans solution indicateur "12" jeunes sur 20').values).toEqual({
      title: 'Aucun jeune sans solution',
      indicator: '12 jeunes sur 20',
    });
    expect(read('nouveau "Un titre avec indicateur dedans"').values).toEqual({
      title: 'Un titre avec indicateur dedans',
    });
  });

  it('passes over the words a verb skips, only outside quotes', () => {
    expect(read('rythme 2 semaines').values).toEqual({ weeks: 2 });
    expect(read('fusionner "CCAS" dans "CCAS de Cergy"').values).toEqual({
      source: 'CCAS',
      target: 'CCAS de Cergy',
    });
    expect(read('fusionner "dans" "into"').values).toEqual({ source: 'dans', target: 'into' });
    expect(read('rythme 2 jours')).toMatchObject({ failure: { params: { words: 'jours' } } });
  });

  it('names one member by the words left: a platform mention, or a name in words', () => {
    expect(read('facilitateur ajouter <@U42|marie>').values).toEqual({
      op: 'add',
      who: { kind: 'mention', userId: 'U42', name: 'marie' },
    });
    expect(read('facilitateur retirer @Marie Curie').values).toEqual({
      op: 'remove',
      who: { kind: 'name', name: 'Marie Curie' },
    });
    expect(read('facilitateur marie curie').values).toEqual({ who: { kind: 'name', name: 'marie curie' } });
    expect(read('facilitateur ajouter <@U42|marie> en plus')).toMatchObject({
      failure: { params: { words: 'en plus' } },
    });
  });

  it('gives a number followed by words that name no verb to the verb without names that comes after it', () => {
    expect(read('3 statut actif')).toMatchObject({ verb: status, values: { ref: 3, value: 'actif' } });
    expect(read('3')).toMatchObject({ verb: show, values: { ref: 3 } });
    expect(read('3 couleur bleu')).toMatchObject({ failure: { key: unknownField } });
    expect(read('')).toMatchObject({ verb: list, values: {} });
    expect(read('bidule')).toMatchObject({ failure: { key: gm.stray, params: { words: 'bidule' } } });
  });
});
