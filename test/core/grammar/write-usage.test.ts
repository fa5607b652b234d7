// The help's syntax is written from the verbs' declarations: a verb added to a command
// shows in `aide COMMANDE` with its arguments, and no hand-written line can drift from
// what the reader accepts.
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/core/commands/index.ts';
import { usageLines } from '../../../src/core/commands/render-help.ts';
import type { VerbSpec } from '../../../src/core/grammar/spec.ts';
import { usageLine } from '../../../src/core/grammar/write-usage.ts';

const verb: VerbSpec = {
  names: ['relancer', 'remind'],
  help: { fr: 'Relancer un membre', en: 'Remind a member' },
  args: [
    {
      key: 'who',
      names: ['membre', 'member'],
      help: { fr: 'Qui', en: 'Who' },
      type: { kind: 'member' },
      read: { by: 'mention' },
      required: true,
    },
    {
      key: 'days',
      names: ['dans', 'in'],
      help: { fr: 'Dans combien de jours', en: 'In how many days' },
      type: { kind: 'integer', min: 1, max: 30 },
      read: { by: 'keyword', value: 'one' },
    },
    {
      key: 'note',
      names: ['note', 'note'],
      help: { fr: 'Un mot', en: 'A word' },
      type: { kind: 'text', max: 200 },
      read: { by: 'keyword', value: 'one' },
    },
    {
      key: 'urgent',
      names: ['urgent', 'urgent'],
      help: { fr: 'Urgent', en: 'Urgent' },
      type: { kind: 'flag' },
      read: { by: 'word' },
    },
  ],
};

describe('syntax written from the declaration', () => {
  it('writes a verb with its arguments: needed plainly, optional in brackets, in each language', () => {
    expect(usageLine('cafe', verb, 'fr')).toBe('cafe relancer @MEMBRE [dans N] [note "NOTE"] [urgent]');
    expect(usageLine('coffee', verb, 'en')).toBe('coffee remind @MEMBER [in N] [note "NOTE"] [urgent]');
  });

  it('gives every verb of every command one line of its help, in French and in English', () => {
    for (const command of commands) {
      for (const locale of ['fr', 'en'] as const) {
        const lines = usageLines(command, locale);
        expect(lines, command.names[0]).toHaveLength(command.verbs?.length ?? 0);
        for (const v of command.verbs ?? []) {
          const name = v.names?.[locale === 'fr' ? 0 : 1];
          if (name)
            expect(
              lines.some((l) => l.includes(` ${name}`)),
              `${command.names[0]} ${name}`,
            ).toBe(true);
        }
      }
    }
  });
});
