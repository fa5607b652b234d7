// Issue 21's forms on Slack, end to end through Bolt and the fake Slack: an exchange shown
// and corrected, closed polls listed, a profile field cleared, the whole directory, the
// anonymity threshold — typed after /coop as the README writes them, each answered privately
// in the user's language, and a refusal changing nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import type { FakeUser } from './fake-slack.ts';
import { blocksText, type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

const plain = (said: string) => said.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");

describeDatabases('Slack: seeing and correcting what one wrote', (database) => {
  let bot: SlackBot;
  beforeAll(async () => {
    bot = await startSlackBot(database().db);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  async function ask(text: string, user: FakeUser = USERS.alice): Promise<string> {
    const sent = await bot.command(text, { user });
    expect(sent.status).toBe(200);
    const answer = await until(() => bot.fake.responsesTo(sent.responseUrl)[0]);
    return plain(blocksText(answer.body));
  }

  it('shows an exchange to its author, corrects it, and answers anyone else as for no exchange', async () => {
    expect(await ask(`echange appel <@${USERS.marie.id}> note "préparation du forum"`)).toContain('n° 1');
    const shown = await ask('echange 1');
    expect(shown).toContain('préparation du forum');
    expect(await ask('echange corriger 1 date hier note "suite du forum"')).not.toMatch(/erreur|error/i);
    expect(await ask('echange 1')).toContain('suite du forum');
    const numberless = (said: string) => said.replace(/n° ?\d+/g, 'n° N');
    const stranger = await ask('echange 1', USERS.jean);
    expect(numberless(stranger)).toBe(numberless(await ask('echange 99', USERS.jean)));
    expect(await ask('echange corriger 1 note "autre"', USERS.jean)).not.toContain('autre');
    expect(await ask('echange 1')).toContain('suite du forum');
  });

  it('lists closed polls, clears a profile field, lists everyone and sets the threshold', async () => {
    // The poll is posted in the channel and its results in its thread: wait on the lists.
    await bot.command('sondage "Quel jour ?" "Lundi" "Mardi"', { user: USERS.alice });
    await until(async () => (await ask('sondage liste')).includes('Quel jour'), 10_000);
    await bot.command('sondage fermer 1', { user: USERS.alice });
    await until(async () => (await ask('sondage liste clos')).includes('Quel jour'), 10_000);
    await ask('profil aide "accès aux droits des jeunes"');
    await ask('profil aide efface');
    // `profil` alone opens the form on Slack: the profile is read as another member would.
    const profile = await ask(`profil <@${USERS.alice.id}>`, USERS.jean);
    expect(profile).toContain('Alice');
    expect(profile).not.toContain('accès aux droits');
    expect(await ask('qui tous')).toContain('Alice');
    expect(await ask('config seuil 2')).toContain('Pas moins de 3');
    // A change of the threshold is announced in the channel; the settings show it.
    await bot.command('config seuil 5', { user: USERS.alice });
    await until(async () => (await ask('config')).includes('5 réponses'), 10_000);
    await bot.command('config threshold 4', { user: USERS.alice });
    await until(async () => (await ask('config')).includes('4 réponses'), 10_000);
  });
});
