import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { shellIdentity } from '../../src/core/demo/seed-demo.ts';
import { describeDatabases } from '../support/databases.ts';
import { testShell } from '../support/fakes.ts';
import { runLines } from '../support/shell-lines.ts';

/** Every member and identity row, as text: what a dump of those tables would show. */
async function peopleRows(db: Database): Promise<string> {
  const rows = await db.execute(
    sql`select m.display_name, i.external_id from members m left join member_identities i on i.member_id = m.id`,
  );
  return JSON.stringify(Array.isArray(rows) ? rows : (rows as unknown as { rows: unknown[] }).rows);
}

describeDatabases('erasure in the shell', (database) => {
  it('comes back to the local user after an `as` member erased themselves, and never recreates her', async () => {
    const shell = testShell(database().db);
    const name = 'Zéphyrine Quatrebarbes';
    const out = await runLines(shell, [
      `as "${name}"`,
      'profil metier "Médiatrice sociale"',
      'oubli confirmer',
      'qui Zéphyrine',
      'diagnostic',
      'as',
      'config',
    ]);
    expect(out).toContain('Vous êtes de nouveau Camille.');
    // Back as the local user (a facilitator): `config` is answered, not refused.
    expect(out).toContain('Réglages du réseau');
    const people = await peopleRows(database().db);
    expect(people).toContain('Camille');
    expect(people).not.toContain('Zéphyrine');
    expect(people).not.toContain(shellIdentity(name));
  });

  it('ends the session when the local user erases themselves, running nothing after', async () => {
    const shell = testShell(database().db);
    const out = await runLines(shell, ['profil metier "Coordinatrice"', 'oubli confirmer', 'qui', 'config']);
    expect(out).toContain('la session se termine');
    expect(out).not.toContain('Réglages du réseau');
    expect(await peopleRows(database().db)).not.toContain('Camille');
  });
});
