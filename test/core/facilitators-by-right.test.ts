// Facilitators by right — platform admins (workspace admins, Manage Server, the shell's
// local user) — are remembered when seen, and every list of facilitators names them.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { members } from '../../db/schema.ts';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

const admin = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };
const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const thomas = { externalId: 'u-thomas', displayName: 'Thomas Leroy', isPlatformAdmin: false };

describeDatabases('facilitators by right', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it("lists the shell's local user as a facilitator by right, in config and in a refusal", async () => {
    const where = newSpace('shell');
    const shown = await say(core, where, 'config', admin);
    expect(shown.text).toContain('Facilitateurs: Alice Admin (de droit)');
    expect(shown.text).not.toContain('aucun facilitateur');
    const refused = await say(core, where, 'config', marie);
    expect(refused.failed).toBe(true);
    expect(refused.text).toContain('Demandez à l’un d’eux\u00a0: Alice Admin (de droit).');
    const english = await say(core, where, 'config', { ...marie, locale: 'en' });
    expect(english.text).toContain('Alice Admin (by right)');
  });

  it('names facilitators first, then admins seen so far, then the admins not seen yet (Slack, Discord)', async () => {
    const where = newSpace('slack');
    const before = await say(core, where, 'config', marie);
    expect(before.text).toContain('Demandez à l’un d’eux\u00a0: les administrateurs de l’espace.');
    await say(core, where, 'profil', thomas);
    await say(core, where, 'config facilitateur ajouter @Thomas', admin);
    const shown = await say(core, where, 'config', admin);
    expect(shown.text).toContain(
      'Facilitateurs: Thomas Leroy, Alice Admin (de droit) et les autres administrateurs de l’espace',
    );
    await say(core, where, 'sondage "Quel jour ?" "Lundi" "Mardi"', thomas);
    const english = await say(core, where, 'poll close 1', { ...marie, locale: 'en' });
    expect(english.text).toContain(
      "the network's facilitators (Thomas Leroy, Alice Admin (by right) and the space's other admins)",
    );
    const goal = await say(core, where, 'but nouveau "Un but"', thomas);
    expect(goal.failed).toBe(false);
    const refused = await say(core, where, 'but 1 statut actif', marie);
    expect(refused.text).toContain(
      'Thomas Leroy, Alice Admin (de droit) et les autres administrateurs de l’espace',
    );
  });

  it('remembers when a member stops or starts being an admin, and lists a named admin once', async () => {
    const where = newSpace('discord');
    await say(core, where, 'profil', admin);
    const stored = async () => {
      const { network } = await core.enter({ ...where, user: marie });
      const rows = await database()
        .db.select({ name: members.displayName, admin: members.isPlatformAdmin })
        .from(members)
        .where(eq(members.networkId, network.id));
      return rows.find((row) => row.name === 'Alice Admin')?.admin;
    };
    expect(await stored()).toBe(true);
    await say(core, where, 'profil', { ...admin, isPlatformAdmin: false });
    expect(await stored()).toBe(false);
    expect((await say(core, where, 'config', marie)).text).not.toContain('Alice Admin');
    await say(core, where, 'profil', admin);
    await say(core, where, 'config facilitateur ajouter @Alice', admin);
    const refused = await say(core, where, 'config', marie);
    expect(refused.text).toContain(
      'Demandez à l’un d’eux\u00a0: Alice Admin et les administrateurs de l’espace.',
    );
  });
});
