// How a failure of the grammar becomes the user's message: the shared "fits nowhere"
// messages and the generic "not understood" come with the command's syntax; a command's
// own message, which already says what to type, comes alone.
import { describe, expect, it } from 'vitest';
import { grammarFailure } from '../../../src/core/commands/run-command.ts';
import { grammarMessages as gm } from '../../../src/core/grammar/messages.ts';

describe('grammar failures as messages', () => {
  it('adds the syntax to the shared messages and to the generic "not understood"', () => {
    expect(grammarFailure({ key: gm.stray, params: { words: 'x' } })).toEqual({
      key: gm.stray,
      params: { words: 'x' },
      usage: true,
    });
    expect(grammarFailure({ key: gm.unknownVerb }).usage).toBe(true);
    expect(grammarFailure({ key: 'error.invalid-arguments' }).usage).toBe(true);
  });

  it('leaves a command’s own message alone, and keeps the argument it is about', () => {
    const own = { fr: 'Donnez un nombre de semaines', en: 'Give a number of weeks' };
    expect(grammarFailure({ arg: 'weeks', key: own })).toEqual({ key: own, arg: 'weeks' });
    expect(grammarFailure({ key: gm.tooLong, params: { max: 40 } }).usage).toBeUndefined();
  });
});
