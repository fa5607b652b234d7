// A private file (`mes-donnees`) on Discord, through the real discord.js client against the
// fake: a direct message to the asker with the file attached (multipart: `payload_json` and
// `files[0]`, mentions off), an ephemeral answer saying so, and a plain explanation when
// their private messages are closed or Discord refuses. A core wrapped around the real one
// answers a test command with a file; the real `mes-donnees` and `oubli` run end to end
// (their typed requests: typed-options.test.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import type { Core, IncomingCommand, Reply } from '../../src/core/core.ts';
import { buttons, type Message, privateMessage, text } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { type FakeMember, type Interactions, newMember } from './fixtures.ts';
import { answersTo, type Bot, buttonsOf, sentMessages, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

const CONTENT = JSON.stringify({ profil: { nom: 'Alice (CCAS)', territoire: 'Cergy – Préfecture' } });
const FILE = { name: 'maillage-mes-donnees.json', mimeType: 'application/json' as const, content: CONTENT };
/** French typography read plainly. */
const plainly = (said: string) => said.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");

/** The real core, except for `fichier-test` (a private message with a file) and `bouton-test`. */
function withTestCommands(core: Core, seen: string[]): Core {
  return {
    ...core,
    async handle(request: IncomingCommand) {
      // A typed request as its command, verb and values, in order.
      const typed = request.typed && [
        request.typed.command,
        request.typed.verb,
        ...Object.values(request.typed.args),
      ];
      seen.push(request.text ?? (typed ?? []).filter((v) => v !== undefined).join(' '));
      const { locale } = await core.enter(request);
      const answer = (message: Message): Reply => ({
        locale,
        messages: [message],
        notifications: [],
        failed: false,
      });
      if (request.text === 'fichier-test')
        return answer({ ...privateMessage(text('Voici vos données, @everyone.')), file: FILE });
      if (request.text === 'bouton-test')
        return answer(
          privateMessage(
            text('Effacer ?'),
            buttons({ label: 'Tout effacer', command: 'oubli confirmer', style: 'danger' }),
          ),
        );
      return core.handle(request);
    },
  };
}

describeDatabases('Discord private files', (database) => {
  let bot: Bot;
  let g: Interactions;
  const seen: string[] = [];
  const alice: FakeMember = newMember({ nick: 'Alice (CCAS)', admin: true });

  beforeAll(async () => {
    bot = await startBot(database().db, {}, async (parts) => {
      const discord = parts.config.discord;
      if (!discord) throw new Error('no Discord configuration');
      return [createDiscordAdapter({ ...parts, core: withTestCommands(parts.core, seen), discord })];
    });
    g = await bot.newGuild('Réseau de Cergy');
  });
  afterAll(async () => {
    await bot?.stop();
  });

  /** The test commands are no /coop subcommands: a button carrying one runs it, as the core's do. */
  const run = (member: FakeMember, typed: string) => g.button(member, `coop:${typed}`);

  it('sends the file in a DM to the asker only, and says so ephemerally', async () => {
    const from = bot.fake.attachments.length;
    const [answer, ...more] = await answersTo(bot.fake, run(alice, 'fichier-test'));
    expect(more).toEqual([]);
    expect(answer?.flags).toBe(64);
    expect(plainly(textOf(answer))).toMatch(
      /Je vous ai envoyé le fichier `maillage-mes-donnees.json` en message privé/,
    );
    expect(textOf(answer)).not.toContain('Cergy – Préfecture');

    const dm = bot.fake.dmChannelOf(alice.id);
    const [attachment, ...others] = bot.fake.attachments.slice(from);
    expect(others).toEqual([]);
    expect(attachment).toMatchObject({ channelId: dm, field: 'files[0]', name: 'maillage-mes-donnees.json' });
    expect(attachment?.contentType).toBe('application/json');
    expect(attachment?.bytes.toString('utf8')).toBe(CONTENT);
    const stored = bot.fake.messages.get(attachment?.messageId ?? '');
    expect(stored?.content).toContain('Voici vos données, @everyone.');
    expect(stored?.attachments).toEqual([expect.objectContaining({ filename: 'maillage-mes-donnees.json' })]);
    const call = bot.fake.calls.find((c) => c.files?.length && c.path === `/channels/${dm}/messages`);
    expect(call?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect((call?.body as Json | undefined)?.allowed_mentions).toEqual({ parse: [] });
    // Nothing in the guild's channel.
    expect(bot.fake.attachments.filter((a) => a.channelId === g.guild.channelId)).toEqual([]);
  });

  it('explains how to open private messages when they are closed (50007), and sends nothing', async () => {
    const closed = newMember({ nick: 'Samia' });
    bot.fake.closeDms(closed.id);
    const from = bot.fake.attachments.length;
    const [answer] = await answersTo(bot.fake, run(closed, 'fichier-test'));
    expect(answer?.flags).toBe(64);
    const said = plainly(textOf(answer));
    expect(said).toContain('vos messages privés sont fermés sur ce serveur');
    expect(said).toMatch(/nom du serveur › Paramètres de confidentialité › activez « Messages privés »/);
    expect(bot.fake.attachments.slice(from)).toEqual([]);
    const refused = bot.fake.calls.filter(
      (c) => c.path === `/channels/${bot.fake.dmChannelOf(closed.id)}/messages`,
    );
    expect(refused.map((c) => c.status)).toEqual([403]);
  });

  it('says the file was not sent when Discord refuses it, without a stack trace or the file in logs', async () => {
    const member = newMember();
    bot.fake.fail('POST', /^\/channels\/\d+\/messages$/, 400, { code: 50035, message: 'Invalid Form Body' });
    const [answer] = await answersTo(bot.fake, run(member, 'fichier-test'));
    const said = plainly(textOf(answer));
    expect(said).toContain("Discord n'a pas accepté le fichier : rien n'a été envoyé. Réessayez");
    expect(said).not.toMatch(/at .*\.(ts|js):\d+|Error/);
    const logged = JSON.stringify(bot.logger.entries);
    expect(logged).toContain('could not send a private file');
    expect(logged).not.toContain('maillage-mes-donnees');
    expect(logged).not.toContain('Préfecture');
  });

  it('answers in English for an English-speaking member', async () => {
    const [answer] = await answersTo(bot.fake, run(newMember({ locale: 'en-GB' }), 'fichier-test'));
    expect(textOf(answer)).toBe(
      'I sent you the file `maillage-mes-donnees.json` in a private message: no one else can see it.',
    );
  });

  it('runs `oubli confirmer` from a danger button', async () => {
    const member = newMember();
    const [answer] = await answersTo(bot.fake, run(member, 'bouton-test'));
    const [danger] = buttonsOf(answer);
    expect(danger).toMatchObject({ label: 'Tout effacer', custom_id: 'coop:oubli confirmer', style: 4 });
    seen.length = 0;
    await answersTo(bot.fake, g.button(member, danger?.custom_id ?? ''));
    expect(seen).toEqual(['oubli confirmer']);
  });

  it('sends the new subcommands to the core as typed requests', async () => {
    seen.length = 0;
    const leaving = newMember();
    const steps: Array<[string, Record<string, number | boolean>, FakeMember]> = [
      ['mes-donnees', {}, alice],
      ['confidentialite', {}, alice],
      ['config journal', { page: 2 }, alice],
      ['config conservation', { mois: 18 }, alice],
      ['oubli', {}, leaving],
      ['oubli', { confirmer: true }, leaving],
    ];
    for (const [path, values, who] of steps) await answersTo(bot.fake, g.command(who, path, values), 50);
    expect(seen).toEqual([
      'mes-donnees',
      'confidentialite',
      'config journal 2',
      'config conservation 18',
      'oubli effacer',
      'oubli effacer true',
    ]);
  });

  it('sets the retention and shows the audit trail through the real core', async () => {
    const [set] = await answersTo(bot.fake, g.command(alice, 'config conservation', { mois: 24 }));
    expect(plainly(textOf(set))).toContain('Durée de conservation : 24 mois');
    expect(set?.flags).toBeUndefined();
    const [journal] = await answersTo(bot.fake, g.command(alice, 'config journal'));
    expect(journal?.flags).toBe(64);
    expect(plainly(textOf(journal))).toMatch(/a changé la durée de conservation : \d+ → 24 mois/);
  });

  it('sets allowed_mentions to parse nothing on everything it sent', () => {
    const sent = sentMessages(bot.fake);
    expect(sent.length).toBeGreaterThan(3);
    for (const { body } of sent) expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('DMs the real `mes-donnees` export as a JSON file', async () => {
    const member = newMember({ nick: 'Léa (PRE)' });
    await answersTo(bot.fake, g.command(member, 'profil', { metier: 'Coordinatrice PRE' }));
    const from = bot.fake.attachments.length;
    const [answer] = await answersTo(bot.fake, g.command(member, 'mes-donnees'));
    expect(plainly(textOf(answer))).toContain('en message privé');
    const [attachment] = bot.fake.attachments.slice(from);
    expect(attachment?.channelId).toBe(bot.fake.dmChannelOf(member.id));
    expect(attachment?.name).toMatch(/\.json$/);
    expect(attachment?.bytes.toString('utf8')).toContain('Coordinatrice PRE');
  });

  it('DMs the real `diagnostic export` workbook and CSVs as attachments of one message', async () => {
    const member = newMember({ nick: 'Léa (PRE)' });
    const from = bot.fake.attachments.length;
    const [answer] = await answersTo(bot.fake, g.command(member, 'diagnostic export'));
    expect(plainly(textOf(answer))).toMatch(/Je vous ai envoyé les fichiers `diagnostic-[\d-]+\.xlsx`/);
    expect(answer?.flags).toBe(64);
    const sent = bot.fake.attachments.slice(from);
    expect(sent.map((a) => a.field)).toEqual([
      'files[0]',
      'files[1]',
      'files[2]',
      'files[3]',
      'files[4]',
      'files[5]',
    ]);
    expect(new Set(sent.map((a) => a.channelId))).toEqual(new Set([bot.fake.dmChannelOf(member.id)]));
    expect(new Set(sent.map((a) => a.messageId)).size).toBe(1);
    expect(sent[0]?.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sent[0]?.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(sent[1]?.contentType).toBe('text/csv');
    expect(sent[1]?.bytes.toString('utf8')).toMatch(/^\uFEFFOrganisation A;Organisation B;Mois;Échanges/);
    expect(bot.fake.attachments.filter((a) => a.channelId === g.guild.channelId)).toEqual([]);
  });

  it('offers the real `oubli` danger button, carrying `oubli confirmer`, which erases', async () => {
    const member = newMember({ nick: 'Karim' });
    const [answer] = await answersTo(bot.fake, g.command(member, 'oubli'));
    const danger = buttonsOf(answer).filter((b) => (b as Json).style === 4);
    expect(danger.map((b) => b.custom_id)).toEqual(['coop:oubli confirmer']);
    const [done] = await answersTo(bot.fake, g.button(member, danger[0]?.custom_id ?? ''));
    expect(done?.flags).toBe(64);
    expect(plainly(textOf(done))).toContain("C'est fait : Maillage vous a oublié");
  });

  it('gives an English-speaking member the `forget confirm` button', async () => {
    const [answer] = await answersTo(bot.fake, g.command(newMember({ locale: 'en-US' }), 'oubli'));
    const danger = buttonsOf(answer).filter((b) => (b as Json).style === 4);
    expect(danger.map((b) => [b.label, b.custom_id])).toEqual([['Erase everything', 'coop:forget confirm']]);
  });
});
