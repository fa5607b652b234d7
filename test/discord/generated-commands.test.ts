// Discord's commands come from the core's declarations: a verb added to a core command
// appears on Discord with its options, and runs as a typed request, without a line of
// adapters/ changing. Shown with a fixture: the registry with one verb more.
import { describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import { typedArgs } from '../../adapters/discord/typed-args.ts';
import type { AnyCommand, Verb } from '../../src/core/commands/command.ts';
import { describeCommands } from '../../src/core/commands/describe-commands.ts';
import { commands } from '../../src/core/commands/index.ts';
import { ok } from '../../src/core/result.ts';
import { commandProblems } from './command-limits.ts';

type Json = Record<string, unknown>;

/** `sigle traduire TERME langue:en`: a verb the glossary does not have. */
const translate: Verb = {
  names: ['traduire', 'translate'],
  help: { fr: 'Traduire un terme', en: 'Translate a term' },
  args: [
    {
      key: 'term',
      names: ['terme', 'term'],
      help: { fr: 'Sigle ou mot', en: 'Acronym or word' },
      type: { kind: 'text', max: 40 },
      read: { by: 'position' },
      required: true,
    },
    {
      key: 'into',
      names: ['vers', 'into'],
      help: { fr: 'Langue', en: 'Language' },
      type: { kind: 'choice', choices: [{ value: 'en', names: ['anglais', 'english'] }] },
      read: { by: 'keyword', value: 'one' },
    },
    {
      key: 'who',
      names: ['pour', 'for'],
      help: { fr: 'Pour qui', en: 'For whom' },
      type: { kind: 'member' },
      read: { by: 'mention' },
    },
  ],
  run: () => Promise.resolve(ok([])),
};

const withTranslate: AnyCommand[] = commands.map((command) =>
  command.names[0] === 'sigle' ? { ...command, verbs: [...(command.verbs ?? []), translate] } : command,
);

const find = (nodes: unknown, name: string) =>
  ((nodes as Json[] | undefined) ?? []).find((n) => n.name === name) as Json | undefined;

describe('a verb added to a core command', () => {
  const generated = discordCommands(describeCommands('discord', withTranslate));
  const coop = generated.payload[0] as unknown as Json;

  it('is a subcommand of its command’s group, with its options typed, localized, required first', () => {
    const sub = find(find(coop.options, 'sigle')?.options, 'traduire');
    expect(sub).toMatchObject({ type: 1, name_localizations: { 'en-US': 'translate' } });
    const options = sub?.options as Json[];
    expect(options.map((o) => [o.name, o.type, o.required])).toEqual([
      ['terme', 3, true],
      ['vers', 3, false],
      ['pour', 6, false],
    ]);
    expect(options[0]).toMatchObject({ max_length: 40, description_localizations: { fr: 'Sigle ou mot' } });
    expect(options[1]?.choices).toEqual([
      {
        name: 'anglais',
        name_localizations: { fr: 'anglais', 'en-US': 'english', 'en-GB': 'english' },
        value: 'en',
      },
    ]);
    for (const command of generated.payload) expect(commandProblems(command as unknown as Json)).toEqual([]);
  });

  it('runs as a typed request of that verb, its options given as its arguments', async () => {
    const route = generated.routes.get('coop sigle traduire');
    expect(route?.verb).toBe(translate);
    const user = { id: '123456789012345678', globalName: 'Marie', username: 'marie' };
    const options = [
      { name: 'terme', type: 3, value: 'CCAS' },
      { name: 'pour', type: 6, value: user.id, user, member: null },
    ];
    const args = route ? await typedArgs(route, options as never, async (t) => t) : {};
    expect({ command: route?.command, verb: route?.verbName, args }).toEqual({
      command: 'sigle',
      verb: 'traduire',
      args: { term: 'CCAS', who: { kind: 'mention', platform: 'discord', userId: user.id, name: 'Marie' } },
    });
  });

  it('is absent from the registry’s own commands', () => {
    expect(discordCommands().routes.has('coop sigle traduire')).toBe(false);
  });
});
