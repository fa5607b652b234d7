// The privacy notice states the network's own retention period, in both languages, and
// takes no argument.
import { expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('confidentialite · privacy', (database) => {
  it('says what is stored, who sees it, how long (the network’s period) and how to export or erase', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const before = plain((await say(core, where, 'confidentialite')).text);
    expect(before).toContain('Confidentialité : ce que Maillage garde');
    expect(before).toContain('effacées 12 mois après');
    for (const word of ['`mes-donnees`', '`oubli`', 'Ancien membre', 'sondage anonyme', 'sauvegardes'])
      expect(before.toLowerCase()).toContain(word.toLowerCase());
    expect((await say(core, where, 'config conservation 6')).failed).toBe(false);
    const after = plain((await say(core, where, 'confidentialite')).text);
    expect(after).toContain('effacées 6 mois après');
    expect(after).not.toContain('12 mois');
  });

  it('answers in English with the English commands', async () => {
    const core = testCore(database().db);
    const reply = await say(core, newSpace('discord'), 'privacy', { locale: 'en' });
    expect(reply.text).toContain('Privacy: what Maillage keeps');
    expect(reply.text).toContain('deleted 12 months after');
    expect(reply.text).toContain('`my-data`');
    expect(reply.text).toContain('`forget`');
  });

  it('refuses words after it and changes nothing', async () => {
    const core = testCore(database().db);
    const reply = await say(core, newSpace('shell'), 'confidentialite maintenant');
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('confidentialite');
  });
});
