// The shell adapter driven through streams, as `printf '…' | npm start` drives it.
import { PassThrough } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { shellPublisher } from '../../adapters/shell/shell.ts';
import { privateMessage, text } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { type ShellServices, testShell } from '../support/fakes.ts';
import { runLines } from '../support/shell-lines.ts';

describeDatabases('shell adapter', (database) => {
  let shell: ShellServices;
  beforeAll(() => {
    shell = testShell(database().db);
  });

  it('prints the French help for `aide`, with the shell-only commands, and no prompt', async () => {
    const out = await runLines(shell, ['aide']);
    expect(out).toMatch(/^Maillage — les commandes\n/);
    expect(out).toContain('as NOM');
    expect(out).not.toContain('coop>');
    expect(out).not.toContain('\u001b[');
  });

  it('runs every line in order and goes on after a rejected line', async () => {
    const out = await runLines(shell, ['foo', 'config nom "Réseau du shell"', 'config']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Je ne connais pas la commande «\u00a0foo\u00a0».');
    expect(out).toContain('Le réseau s’appelle désormais «\u00a0Réseau du shell\u00a0».');
    expect(out).toContain('Nom\u00a0: Réseau du shell');
  });

  it('keeps one persistent local network across runs', async () => {
    await runLines(shell, ['config nom "Persistant"']);
    expect(await runLines(shell, ['config'])).toContain('Nom\u00a0: Persistant');
  });

  it('acts as another member with `as`, who is not a facilitator', async () => {
    const out = await runLines(shell, ['as "Marie Dupont"', 'config', 'as', 'config']);
    expect(out).toContain('Vous agissez maintenant en tant que Marie Dupont.');
    expect(out).toContain('réservée aux facilitateurs');
    expect(out).toContain('Vous êtes de nouveau Camille.');
    expect(out.match(/Réglages du réseau/g)).toHaveLength(1);
  });

  it('creates the demo network in its own network and comes back', async () => {
    const out = await runLines(shell, ['demo', 'config', 'as Samia Benali', 'demo sortir', 'config', 'demo']);
    expect(out).toContain(
      'Réseau de démonstration prêt\u00a0: 5 structures, 5 membres, 3 échanges, un but commun.',
    );
    expect(out).toContain('Nom\u00a0: Réseau de démonstration (Cergy)');
    expect(out).toContain('Vous agissez maintenant en tant que Samia Benali.');
    expect(out).toMatch(/Retour à votre réseau/);
    // The demo is created once: entering again finds it.
    expect(out).toContain('Vous êtes dans le réseau de démonstration');
    expect(out.match(/Réseau de démonstration prêt/g)).toHaveLength(1);
  });

  it('answers the README’s examples in the demo: your exchanges, and who works on housing', async () => {
    const out = await runLines(shell, ['demo', 'echange liste', 'qui logement', 'demo sortir']);
    expect(out).not.toContain('Aucun échange');
    expect(out).toMatch(/Appel avec .*Camille/);
    expect(out).toContain('Aminata Diallo');
    expect(out).not.toContain('Personne ne correspond');
  });

  it('speaks of the shell in its help, explains its own commands, and takes a line copied with /coop', async () => {
    const out = await runLines(shell, ['aide', 'aide as', 'aide demo', 'aide quitter', '/coop sigle CCAS']);
    expect(out).toContain('Tapez une commande, telle qu’on l’écrit après /coop');
    expect(out).toMatch(
      /as NOM agit en tant qu’un autre membre du réseau local\s?:\s?celui qui porte ce nom/u,
    );
    expect(out).toContain('demo entre dans le réseau de démonstration');
    expect(out).toContain('quitter (ou quit) ferme le terminal');
    expect(out).toContain('Centre communal d');
    expect(out).not.toContain('Je ne connais pas la commande');
  });

  it('leaves the shell with `quitter` or `quit` from inside the demo too', async () => {
    for (const word of ['quitter', 'quit']) {
      const out = await runLines(shell, ['demo', word, 'aide']);
      expect(out).not.toContain('Je ne connais pas la commande');
      expect(out).not.toContain('Maillage — les commandes');
    }
  });

  it('ignores blank lines and comments, and stops at `quitter`', async () => {
    const out = await runLines(shell, ['', '# un commentaire', 'quitter', 'aide']);
    expect(out).toBe('');
  });

  it('refuses an over-long `as` name', async () => {
    const out = await runLines(shell, [`as ${'x'.repeat(81)}`]);
    expect(out).toContain('Donnez un nom de 1 à 80 caractères');
  });

  it('addresses a private message for the local user by their name, not by the shell’s id', async () => {
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const publisher = shellPublisher(output, false, 'Camille');
    const space = {
      id: 's',
      networkId: 'n',
      platform: 'shell',
      externalId: 'local',
      name: null,
      removedAt: null,
    };
    await publisher.direct(space as never, 'local-user', privateMessage(text('Votre café')), 'fr');
    expect(printed).toContain('(message privé à Camille)');
    expect(printed).not.toContain('local-user');
  });
});
