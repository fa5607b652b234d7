// `diagnostic web` through the core, on real databases: the link starts with the address the
// web host gives and carries the network; revoking is for facilitators only; bad input, or a
// deployment that cannot serve the page, gets a private answer and changes nothing.
import { beforeAll, expect, it } from 'vitest';
import { createStore } from '../../db/store.ts';
import { commands } from '../../src/core/commands/index.ts';
import { type Core, createCore } from '../../src/core/core.ts';
import { verifyWebLink } from '../../src/core/digest/web/web-link.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const NOW = new Date('2026-12-07T10:00:00Z');
const member = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };

describeDatabases('diagnostic web through the core', (database) => {
  let core: Core;
  let unserved: Core;
  const clock = new FakeClock(NOW);
  beforeAll(() => {
    core = createCore({
      store: createStore(database().db),
      clock,
      logger: new RecordingLogger(),
      commands,
      secret: SECRET,
      defaults: { name: 'Réseau test', locale: 'fr', timeZone: 'Europe/Paris', digestCron: '0 9 * * 1' },
      web: { baseUrl: async () => 'https://maillage.example.org/' },
    });
    unserved = testCore(database().db, clock);
  });

  const networkOf = async (where: ReturnType<typeof newSpace>) =>
    createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no network');
      return found.network;
    });

  it('gives any member a link to their network, at the web host’s address', async () => {
    const where = newSpace();
    const reply = await say(core, where, 'diagnostic web', member);
    expect(reply.failed).toBe(false);
    expect(reply.messages.every((m) => m.visibility === 'private')).toBe(true);
    const token = reply.text.match(/https:\/\/maillage\.example\.org\/d\/([0-9a-f]+)/)?.[1] ?? '';
    const claims = verifyWebLink(SECRET, token, NOW);
    const network = await networkOf(where);
    expect(claims.ok && claims.value).toEqual({
      networkId: network.id,
      generation: 0,
      expiresAt: new Date(NOW.getTime() + 24 * 3_600_000),
    });
    const lastMonth = await say(core, where, 'diagnostic web mois dernier', member);
    const withPeriod = lastMonth.text.match(/\/d\/([0-9a-f]+)/)?.[1] ?? '';
    const period = verifyWebLink(SECRET, withPeriod, NOW);
    expect(period.ok && period.value.period?.kind).toBe('month');
  });

  it('lets only facilitators revoke the links, and changes nothing otherwise', async () => {
    const where = newSpace();
    await say(core, where, 'profil', member);
    const network = await networkOf(where);
    const before = await rowCounts(database().db, network.id);
    const refused = await say(core, where, 'diagnostic web revoquer', member);
    expect(refused.failed).toBe(true);
    expect(refused.text).toContain('réservée aux facilitateurs');
    expect((await networkOf(where)).webLinkGeneration).toBe(0);
    expect(await rowCounts(database().db, network.id)).toEqual(before);

    const done = await say(core, where, 'diagnostic web revoquer');
    expect(done.failed).toBe(false);
    expect(done.text).toContain('ne marchent plus');
    expect((await networkOf(where)).webLinkGeneration).toBe(1);
    const again = await say(core, where, 'digest web revoke');
    expect(again.failed).toBe(false);
    expect((await networkOf(where)).webLinkGeneration).toBe(2);
  });

  it('answers bad input, and a deployment without the page, privately, writing nothing', async () => {
    const where = newSpace();
    await say(core, where, 'profil', member);
    const network = await networkOf(where);
    const before = await rowCounts(database().db, network.id);
    for (const [who, text, says] of [
      [core, 'diagnostic web la semaine des quatre jeudis', 'Je ne reconnais pas de période'],
      [core, 'diagnostic web 2099-01', 'n’a pas encore commencé'],
      [core, `diagnostic web ${'x'.repeat(60)}`, 'Je ne reconnais pas de période'],
      [unserved, 'diagnostic web', 'n’est pas disponible sur cette installation'],
    ] as const) {
      const reply = await say(who, where, text, member);
      expect(reply.failed, text).toBe(true);
      expect(
        reply.messages.every((m) => m.visibility === 'private'),
        text,
      ).toBe(true);
      expect(reply.text.replace(/[\u00a0\u202f]/g, ' '), text).toContain(says);
      expect(reply.text).not.toMatch(/\/d\/[0-9a-f]/);
    }
    expect(await rowCounts(database().db, network.id)).toEqual(before);
  });
});
