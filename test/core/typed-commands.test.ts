// Commands given as typed values (`{command, verb, args}`, as Discord's options and forms
// give them) run the same verbs as typed text, are checked by the same declarations, and
// fail with the name of the argument at fault, writing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/args/tokenize.ts';
import { commands } from '../../src/core/commands/index.ts';
import { findTypedVerb } from '../../src/core/commands/run-command.ts';
import type { Core, TypedCommand } from '../../src/core/core.ts';
import { checkArgs } from '../../src/core/grammar/check-args.ts';
import { readText } from '../../src/core/grammar/read-text.ts';
import { writeText } from '../../src/core/grammar/write-text.ts';
import { messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const ADMIN = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };

describeDatabases('typed commands', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  const run = async (where: ReturnType<typeof newSpace>, typed: TypedCommand, user = ADMIN) => {
    const reply = await core.handle({ ...where, user, channelId: 'c1', typed });
    return { ...reply, text: reply.messages.map(messageText).join('\n') };
  };

  it('runs a verb from typed values as it runs the same command typed as text', async () => {
    const where = newSpace();
    const created = await run(where, {
      command: 'but',
      verb: 'nouveau',
      args: { title: 'Accès aux droits', indicator: '12 jeunes sur 20' },
    });
    expect(created.failed).toBe(false);
    const shown = await say(core, where, 'but 1');
    expect(shown.text).toContain('Accès aux droits');
    expect(shown.text).toContain('12 jeunes sur 20');
    // English names, and the verb placed after the number in text, given typed.
    const status = await run(where, { command: 'goal', verb: 'status', args: { ref: 1, status: 'active' } });
    expect(status.failed).toBe(false);
    expect((await say(core, where, 'but 1')).text).toMatch(/Statut.?: actif/);
  });

  it('takes members as references, never as text to read again', async () => {
    const where = newSpace('discord');
    const reply = await run(where, {
      command: 'echange',
      verb: 'noter',
      args: {
        kind: 'call',
        people: [{ kind: 'mention', userId: '42', name: 'Marie <Curie>' }],
        themes: ['logement'],
      },
    });
    expect(reply.failed).toBe(false);
    const list = await say(core, where, 'echange liste');
    expect(list.text).toContain('Marie');
  });

  it('refuses a value out of its declaration with a clear message, naming nothing written', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Premier"');
    const { network } = await core.enter({ ...where, user: ADMIN });
    const before = await rowCounts(database().db, network.id);
    const tooLong = await run(where, { command: 'but', verb: 'nouveau', args: { title: 'x'.repeat(500) } });
    expect(tooLong.failed).toBe(true);
    expect(tooLong.text).not.toMatch(/error|stack|sql/i);
    const unknownStatus = await run(where, {
      command: 'but',
      verb: 'statut',
      args: { ref: 1, status: 'fini' },
    });
    expect(unknownStatus.failed).toBe(true);
    const unknownVerb = await run(where, { command: 'but', verb: 'repeindre', args: {} });
    expect(unknownVerb.failed).toBe(true);
    expect(unknownVerb.text).toContain('repeindre');
    expect(await rowCounts(database().db, network.id)).toEqual(before);
  });

  it('offers, past a guard warning, a button whose text runs the same values confirmed', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Familles"');
    const typed: TypedCommand = {
      command: 'but',
      verb: 'indicateur',
      args: { ref: 1, indicator: 'la famille Traoré demande une aide' },
    };
    const warned = await run(where, typed);
    expect(warned.failed).toBe(true);
    const button = warned.messages
      .flatMap((m) => m.blocks)
      .flatMap((b) => (b.type === 'buttons' ? b.buttons : []))
      .find((b) => b.command?.endsWith('--ok'));
    expect(button?.command).toBe('but 1 indicateur "la famille Traoré demande une aide" --ok');
    const confirmed = await say(core, where, button?.command ?? '');
    expect(confirmed.failed).toBe(false);
    expect((await run(where, { ...typed, confirmed: true })).failed).toBe(false);
  });

  it('runs a verb that gathers others (Discord’s one subcommand) as the one its values name', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Familles"');
    const network = await core.enter({ ...where, user: ADMIN });
    const before = await rowCounts(database().db, network.network.id);
    const two = await run(where, {
      command: 'but',
      verb: 'modifier',
      args: { ref: 1, status: 'active', title: 'B' },
    });
    expect(two.failed).toBe(true);
    expect(two.text).toContain('Une modification à la fois');
    expect(await rowCounts(database().db, network.network.id)).toEqual(before);
    const one = await run(where, { command: 'but', verb: 'modifier', args: { ref: 1, status: 'actif' } });
    expect(one.failed).toBe(false);
    expect((await say(core, where, 'but 1')).text).toMatch(/actif/i);
    const alone = await run(where, { command: 'profil', verb: 'champs', args: { type: 'ML' } });
    expect(alone.text).toContain('va avec `structure`');
    const list = await run(where, { command: 'qui', verb: 'chercher', args: { list: 'types' } });
    expect(list.text).toContain('CCAS');
  });

  it('writes the --ok button of a gathering verb as the text of the verb it ran', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Familles"');
    const typed: TypedCommand = {
      command: 'but',
      verb: 'modifier',
      args: { ref: 1, indicator: 'la famille Traoré demande une aide' },
    };
    const warned = await run(where, typed);
    const button = warned.messages
      .flatMap((m) => m.blocks)
      .flatMap((b) => (b.type === 'buttons' ? b.buttons : []))
      .find((b) => b.command?.endsWith('--ok'));
    expect(button?.command).toBe('but 1 indicateur "la famille Traoré demande une aide" --ok');
    expect((await say(core, where, button?.command ?? '')).failed).toBe(false);
  });

  it('splits a list given as one text where the argument says so (a poll’s options on ;)', async () => {
    const where = newSpace();
    const created = await run(where, {
      command: 'sondage',
      verb: 'creer',
      args: { question: 'Quand ?', options: 'Lundi; Mardi\nMercredi' },
    });
    expect(created.failed).toBe(false);
    expect((await say(core, where, 'sondage 1')).text).toMatch(/Lundi[\s\S]*Mardi[\s\S]*Mercredi/);
  });
});

describe('verbs for typed requests only', () => {
  it('are never read from text, whatever their name', () => {
    for (const command of commands) {
      for (const verb of (command.verbs ?? []).filter((v) => v.typed === 'only')) {
        for (const word of [...(verb.names ?? []), ...(verb.slot ?? [])]) {
          const tokens = tokenize(word);
          const read = tokens.ok ? readText(command.verbs ?? [], tokens.value) : undefined;
          expect(read?.ok && read.value.verb, `${command.names[0]} ${word}`).not.toBe(verb);
        }
      }
    }
  });
});

describe('typed values written as text', () => {
  it('reads back to the same values for the verbs of every command', () => {
    const cases: ReadonlyArray<[string, string | undefined, Record<string, unknown>]> = [
      ['but', 'nouveau', { title: 'Accès aux droits', description: 'Un "vrai" but', indicator: '12 sur 20' }],
      ['but', 'statut', { ref: 3, status: 'dropped' }],
      [
        'echange',
        'noter',
        {
          kind: 'call',
          people: [{ kind: 'mention', userId: 'U1', name: 'Marie' }],
          themes: ['emploi'],
          note: 'suivi',
        },
      ],
      ['sondage', 'creer', { question: 'Quand ?', options: ['Lundi', 'Mardi'], public: true }],
      ['sigle', undefined, { terms: 'CCAS' }],
    ];
    for (const [name, verbName, values] of cases) {
      const command = commands.find((c) => c.names[0] === name);
      const verb = command && findTypedVerb(command, verbName);
      expect(verb, `${name} ${verbName}`).toBeDefined();
      if (!command?.verbs || !verb) continue;
      const written = writeText(name, verb, values as never);
      const tokens = tokenize(written);
      expect(tokens.ok, written).toBe(true);
      if (!tokens.ok) continue;
      const read = readText(command.verbs, tokens.value.slice(1));
      expect(read.ok, written).toBe(true);
      if (!read.ok) continue;
      expect(read.value.verb, written).toBe(verb);
      const fromText = checkArgs(verb, read.value.values, 'fr');
      const typed = checkArgs(verb, values as never, 'fr');
      expect(fromText.ok && typed.ok, written).toBe(true);
      if (fromText.ok && typed.ok) expect(fromText.value, written).toEqual(typed.value);
    }
  });
});
