// The command core end to end on real databases: dispatch, help, rights, settings,
// and the rule that rejected input changes nothing.
import { and, eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../db/schema.ts';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { countedTables, rowCounts, spaceExists, unscopedTables } from '../support/row-counts.ts';

describe('row counting', () => {
  it('covers every table of the schema', () => {
    const tables = Object.values(schema)
      .filter((v) => is(v, PgTable))
      .map((table) => getTableName(table as PgTable));
    expect([...countedTables, ...unscopedTables].sort()).toEqual(tables.sort());
  });
});

describeDatabases('command core', (database) => {
  let core: Core;
  let logger: RecordingLogger;
  beforeAll(() => {
    logger = new RecordingLogger();
    core = testCore(database().db, undefined, logger);
  });

  async function networkOf(where: ReturnType<typeof newSpace>) {
    const entered = await core.enter({
      ...where,
      user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true },
    });
    return entered.network;
  }

  it('lists the commands in French by default, with an example each', async () => {
    const reply = await say(core, newSpace(), 'aide');
    expect(reply.failed).toBe(false);
    expect(reply.locale).toBe('fr');
    expect(reply.text).toContain('Maillage — les commandes');
    expect(reply.text).toMatch(/\*\*config\*\* — .*`config`/);
    expect(reply.messages[0]?.visibility).toBe('private');
  });

  it("answers in the user's platform locale when given, and accepts English names", async () => {
    const reply = await say(core, newSpace(), 'help', { locale: 'en' });
    expect(reply.locale).toBe('en');
    expect(reply.text).toContain('Maillage — commands');
  });

  it('treats an empty command as a request for help', async () => {
    expect((await say(core, newSpace(), '   ')).text).toContain('Maillage — les commandes');
  });

  it('shows the detailed help of one command', async () => {
    const reply = await say(core, newSpace(), 'aide config');
    expect(reply.text).toContain('Commande config');
    // Written from the declaration: `ajouter` is what the verb does when not said.
    expect(reply.text).toContain('config facilitateur [ajouter|retirer] @MEMBRE');
  });

  it('suggests the closest command for a typo and writes nothing', async () => {
    const where = newSpace();
    const reply = await say(core, where, 'confg');
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('Je ne connais pas la commande «\u00a0confg\u00a0»');
    expect(reply.text).toContain('Vouliez-vous dire\u00a0: config');
    expect(await spaceExists(database().db, where.space.externalId)).toBe(false);
  });

  it('rejects an unclosed quote with an example and writes nothing', async () => {
    const where = newSpace();
    const reply = await say(core, where, 'config nom "Réseau');
    expect(reply.failed).toBe(true);
    expect(reply.text).toMatch(/guillemet ouvert n’est pas refermé/);
    expect(await spaceExists(database().db, where.space.externalId)).toBe(false);
  });

  it('shows the network settings to a facilitator', async () => {
    const reply = await say(core, newSpace(), 'config');
    expect(reply.text).toContain('Réglages du réseau');
    expect(reply.text).toContain('Europe/Paris');
  });

  it('refuses settings to a member who is not a facilitator, naming the facilitators', async () => {
    const where = newSpace();
    await say(core, where, 'config facilitateur ajouter @"Alice Admin"');
    const before = await rowCounts(database().db, (await networkOf(where)).id);
    const reply = await say(core, where, 'config nom "Pris"', {
      externalId: 'u-bob',
      displayName: 'Bob',
      isPlatformAdmin: false,
    });
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('réservée aux facilitateurs');
    expect(reply.text).toContain('Alice Admin');
    // Bob was not even recorded as a member: the rejected request changed nothing.
    expect(await rowCounts(database().db, (await networkOf(where)).id)).toEqual(before);
  });

  it('sets the name, language and time zone of the network', async () => {
    const where = newSpace();
    expect((await say(core, where, 'config nom « Réseau de Cergy »')).text).toBe(
      'Le réseau s’appelle désormais «\u00a0Réseau de Cergy\u00a0».',
    );
    await say(core, where, 'config fuseau America/Cayenne');
    const english = await say(core, where, 'config langue EN');
    expect(english.text).toBe('La langue du réseau est désormais\u00a0: anglais.');
    // With no platform locale, the network's new language applies.
    const shown = await say(core, where, 'config');
    expect(shown.locale).toBe('en');
    expect(shown.text).toContain('Name: Réseau de Cergy');
    expect(shown.text).toContain('America/Cayenne');
    expect(shown.text).toContain('Language: English');
  });

  it('names and removes facilitators by mention', async () => {
    const where = newSpace();
    await say(core, where, 'aide', {
      externalId: 'u-marie',
      displayName: 'Marie Curie',
      isPlatformAdmin: false,
    });
    expect((await say(core, where, 'config facilitateur ajouter @Marie Curie')).text).toContain(
      'Marie Curie est désormais',
    );
    expect(
      (
        await say(core, where, 'config nom "Par Marie"', {
          externalId: 'u-marie',
          displayName: 'Marie Curie',
          isPlatformAdmin: false,
        })
      ).failed,
    ).toBe(false);
    expect((await say(core, where, 'config facilitateur ajouter @"marie curie"')).text).toContain('déjà');
    const unknown = await say(core, where, 'config facilitator remove @mari');
    expect(unknown.text).toContain('Membres proches\u00a0: Marie Curie');
    expect((await say(core, where, 'config facilitator remove @"Marie Curie"')).text).toContain('n’est plus');
  });

  it('resolves a Slack-style mention by platform id', async () => {
    const where = newSpace('slack');
    const reply = await say(core, where, 'config facilitateur ajouter <@U042|jeanne>');
    expect(reply.text).toContain('jeanne est désormais');
    const again = await say(core, where, 'config facilitateur retirer <@U042>');
    expect(again.text).toContain('jeanne n’est plus');
  });

  describe('rejects bad input with a clear message and writes nothing', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['missing value', 'config nom', /nom de 1 à 80 caractères/],
      ['too long', `config nom "${'x'.repeat(81)}"`, /trop long \(81 caractères\)\u00a0: 80 au maximum/],
      ['malformed language', 'config langue allemand', /Langues possibles\u00a0: `fr` ou `en`/],
      ['unknown time zone', 'config fuseau Europe/Cergy', /Fuseau horaire inconnu/],
      ['unknown setting', 'config couleur bleu', /Réglages possibles/],
      [
        'unknown member',
        'config facilitateur ajouter @Personne',
        /Je ne trouve pas de membre «\u00a0Personne\u00a0»/,
      ],
      ['missing member', 'config facilitateur ajouter', /Nommez le membre avec une mention/],
      ['too long help topic', `aide ${'x'.repeat(60)}`, /pas compris/],
      ['unknown help topic', 'aide sondagex', /Je ne connais pas la commande/],
    ];
    it.each(cases)('%s', async (_, input, expected) => {
      const where = newSpace();
      await say(core, where, 'config');
      const network = await networkOf(where);
      const before = await rowCounts(database().db, network.id);
      const reply = await say(core, where, input);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(expected);
      expect(reply.text).not.toMatch(/Error|at .*\.ts|SQL|select |insert /);
      expect(await rowCounts(database().db, network.id)).toEqual(before);
      expect(await networkOf(where)).toEqual(network);
    });

    it('answers in English for an English user', async () => {
      const reply = await say(core, newSpace(), 'config language german', { locale: 'en' });
      expect(reply.text).toContain('Possible languages: `fr` or `en`');
    });
  });

  it('keeps networks apart: a member of another network cannot be named', async () => {
    const first = newSpace();
    const second = newSpace();
    await say(core, first, 'aide', {
      externalId: 'u-zoe',
      displayName: 'Zoé Lambert',
      isPlatformAdmin: false,
    });
    await say(core, second, 'config');
    const reply = await say(core, second, 'config facilitateur ajouter @"Zoé Lambert"');
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('Je ne trouve pas de membre');
    const shown = await say(core, first, 'config');
    expect(shown.text).not.toContain('Zoé Lambert');
  });

  it('records only the day a member and their identity arrived, not the time', async () => {
    const where = newSpace();
    await say(core, where, 'aide', {
      externalId: 'u-new',
      displayName: 'Nouvelle Venue',
      isPlatformAdmin: false,
    });
    const network = await networkOf(where);
    const rows = await database()
      .db.select({ member: schema.members.createdAt, identity: schema.memberIdentities.createdAt })
      .from(schema.members)
      .innerJoin(schema.memberIdentities, eq(schema.memberIdentities.memberId, schema.members.id))
      .where(and(eq(schema.members.networkId, network.id), eq(schema.members.displayName, 'Nouvelle Venue')));
    expect(rows).toHaveLength(1);
    for (const at of [rows[0]?.member, rows[0]?.identity]) {
      expect(at?.getMinutes()).toBe(0);
      expect(at?.getSeconds()).toBe(0);
      expect(at?.getMilliseconds()).toBe(0);
    }
  });

  it('keeps user text out of the logs', async () => {
    await say(core, newSpace(), 'config nom "Secret de la famille Martin"');
    expect(JSON.stringify(logger.entries)).not.toContain('Martin');
  });
});
