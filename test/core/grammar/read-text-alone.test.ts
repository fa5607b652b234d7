// Keyword values also given without their keyword (a quoted note, a day such as `hier`),
// values of several words that stop at a hashtag when the verb reads hashtags, and verbs
// whose words must be all the words.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/args/tokenize.ts';
import { checkArgs } from '../../../src/core/grammar/check-args.ts';
import { readText } from '../../../src/core/grammar/read-text.ts';
import type { ArgSpec, VerbSpec } from '../../../src/core/grammar/spec.ts';

const help = { fr: '', en: '' };
const arg = (spec: Omit<ArgSpec, 'help'>): ArgSpec => ({ help, ...spec });
const log: VerbSpec = {
  help,
  args: [
    arg({
      key: 'people',
      names: ['membres', 'members'],
      type: { kind: 'member' },
      read: { by: 'mention' },
      many: 5,
    }),
    arg({
      key: 'themes',
      names: ['themes', 'themes'],
      type: { kind: 'text', max: 40 },
      read: { by: 'hashtag' },
      many: 5,
    }),
    arg({
      key: 'date',
      names: ['date', 'date', 'le'],
      type: { kind: 'text', max: 40 },
      read: { by: 'keyword', value: 'run', alone: 'day' },
    }),
    arg({
      key: 'note',
      names: ['note', 'note'],
      type: { kind: 'text', max: 280 },
      read: { by: 'keyword', value: 'one', alone: 'quoted' },
    }),
  ],
};

function read(typed: string) {
  const tokens = tokenize(typed);
  if (!tokens.ok) throw new Error('tokenize');
  const found = readText([log], tokens.value);
  if (!found.ok) return { failure: found.error };
  const checked = checkArgs(found.value.verb, found.value.values, 'fr');
  return checked.ok ? { values: checked.value } : { failure: checked.error };
}

describe('keyword values given alone', () => {
  it('takes a quoted text as the note and a day word as the date, without their keywords', () => {
    expect(read('@Marie "préparation du forum" hier').values).toEqual({
      people: [{ kind: 'name', name: 'Marie' }],
      note: 'préparation du forum',
      date: 'hier',
    });
    expect(read('@Marie 12/03').values).toMatchObject({ date: '12/03' });
    expect(read('@Marie 2027-03-12').values).toMatchObject({ date: '2027-03-12' });
  });

  it('leaves a word that names no day, or a second quoted text, to be refused', () => {
    expect(read('@Marie lundi')).toMatchObject({ failure: { params: { words: 'lundi' } } });
    expect(read('@Marie "a" "b"')).toMatchObject({ failure: { params: { words: 'b' } } });
    expect(read('@Marie note "a" "b"')).toMatchObject({ failure: { params: { words: 'b' } } });
  });

  it('ends a value of several words at a hashtag the verb reads', () => {
    expect(read('@Marie date lundi dernier #emploi').values).toMatchObject({
      date: 'lundi dernier',
      themes: ['emploi'],
    });
  });
});

describe('a verb whose words must be all the words', () => {
  const list: VerbSpec = { names: ['structures', 'organisations'], whole: true, help, args: [] };
  const add: VerbSpec = {
    names: ['structures ajouter', 'organisations add'],
    help,
    args: [
      arg({ key: 'name', names: ['nom', 'name'], type: { kind: 'text', max: 120 }, read: { by: 'rest' } }),
    ],
  };
  const search: VerbSpec = {
    help,
    args: [
      arg({
        key: 'terms',
        names: ['mots', 'words'],
        type: { kind: 'text', max: 80 },
        read: { by: 'rest' },
        many: 10,
      }),
    ],
  };
  const verbOf = (typed: string) => {
    const tokens = tokenize(typed);
    if (!tokens.ok) throw new Error('tokenize');
    const found = readText([list, add, search], tokens.value);
    return found.ok ? found.value : undefined;
  };

  it('is read alone, and leaves its words with others to the verbs after it', () => {
    expect(verbOf('structures')).toEqual({ verb: list, values: {} });
    expect(verbOf('structures ajouter "Les Jardins"')).toEqual({
      verb: add,
      values: { name: 'Les Jardins' },
    });
    expect(verbOf('structures Cergy')).toEqual({ verb: search, values: { terms: ['structures', 'Cergy'] } });
  });
});
