import { beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { type ShellServices, testShell } from '../support/fakes.ts';
import { runLines } from '../support/shell-lines.ts';

describeDatabases('shell: as NAME', (database) => {
  let shell: ShellServices;
  beforeAll(() => {
    shell = testShell(database().db);
  });

  const membersNamed = async (word: string) => {
    const out = await runLines(shell, [`qui ${word}`]);
    return Number(/\((\d+)\)/.exec(out)?.[1] ?? 0);
  };

  it('acts as the existing member a first name designates, creating no twin', async () => {
    await runLines(shell, ['as "Marie Dupont"', 'profil territoire "Cergy"']);
    const out = await runLines(shell, ['as Marie', 'profil']);
    expect(out).toContain('Vous agissez maintenant en tant que Marie Dupont.');
    expect(out).toContain('Profil de Marie Dupont');
    expect(out).toContain('Territoire\u00a0: Cergy');
    expect(await membersNamed('Marie')).toBe(1);
    // Accents and capitals aside, the exact name too.
    expect(await runLines(shell, ['as "MARIE dupont"'])).toContain('en tant que Marie Dupont.');
    expect(await membersNamed('Marie')).toBe(1);
  });

  it('lists the candidates of an ambiguous name and changes nothing', async () => {
    await runLines(shell, ['as "Marie Curie"']);
    expect(await membersNamed('Marie')).toBe(2);
    const out = await runLines(shell, ['as Marie', 'config']);
    expect(out).toContain(
      'Plusieurs membres correspondent à «\u00a0Marie\u00a0»\u00a0: Marie Curie, Marie Dupont. Précisez, par exemple\u00a0: as "Marie Curie". Rien n’a changé\u00a0: vous êtes toujours Camille.',
    );
    // Still the local user, a facilitator: `config` answers.
    expect(out).toContain('Réglages du réseau');
    expect(await membersNamed('Marie')).toBe(2);
    // The exact name wins over the first name.
    expect(await runLines(shell, ['as "Marie Curie"'])).toContain('en tant que Marie Curie.');
  });

  it('never takes a near spelling: a name nobody has is a new member', async () => {
    const out = await runLines(shell, ['as "Marie Dupond"']);
    expect(out).toContain('Vous agissez maintenant en tant que Marie Dupond.');
    expect(await membersNamed('Marie')).toBe(3);
  });

  it("comes back to the local user when given the local user's name", async () => {
    const out = await runLines(shell, ['as "Marie Curie"', 'as camille', 'config']);
    expect(out).toContain('Vous êtes de nouveau Camille.');
    expect(out).toContain('Réglages du réseau');
    expect(await membersNamed('Camille')).toBe(1);
  });

  it('says it in English too, in the demo network', async () => {
    const out = await runLines(shell, [
      'demo',
      'profile language en',
      'as "Julien Roux"',
      'as',
      'as Julien',
      'as Samia',
    ]);
    expect(out).toContain(
      'Several members match "Julien": Julien Martin (Mission locale de Cergy), Julien Roux. Be more precise, for example: as "Julien Martin". Nothing changed: you are still Camille.',
    );
    expect(out).toContain('Vous agissez maintenant en tant que Samia Benali.');
  });
});
