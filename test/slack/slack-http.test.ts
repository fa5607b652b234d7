// The Slack adapter over HTTP, built by startApp from configuration, against the fake
// Slack: signed slash commands for every subcommand, rejected forgeries, replays,
// rate limits, a channel closed to the bot, escaping, mentions, Slack Connect guests.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import {
  blocksText,
  CHANNEL,
  type CommandSent,
  type SlackBot,
  startSlackBot,
  USERS,
  until,
} from './slack-bot.ts';

const texts = blocksText;

describeDatabases('Slack adapter over HTTP', (database) => {
  let bot: SlackBot;
  beforeEach(async () => {
    bot = await startSlackBot(database().db);
  });
  afterEach(async () => {
    await bot.stop();
  });

  const answerTo = async (sent: CommandSent, index = 0) =>
    (await until(() => bot.fake.responsesTo(sent.responseUrl)[index])).body;
  const postsTo = (channel: string) =>
    bot.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);
  const duplicatesSeen = () =>
    bot.logger.entries.filter((e) => e.message.startsWith('delivery already handled')).length;

  it('serves /healthz on the Slack port once connected, and knows its workspace from auth.test', async () => {
    const health = await fetch(`http://127.0.0.1:${bot.app.port()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', parts: { slack: true, database: true } });
    expect((await fetch(`http://127.0.0.1:${bot.app.port()}/nowhere`)).status).toBe(404);
    expect(bot.fake.callsOf('auth.test').length).toBeGreaterThanOrEqual(1);
    expect(bot.app.adapters[0]?.listening?.()?.port).toBe(bot.app.port());
  });

  it('answers every subcommand, privately unless the command publishes on purpose', async () => {
    const privately: Array<[string, RegExp]> = [
      ['aide', /Maillage — les commandes/],
      ['profil metier "Conseillère en insertion"', /Conseillère en insertion/],
      ['qui Conseillère', /Alice Martin/],
      // Slack sends the handle (or nothing) after the id: the member is named as Slack shows her.
      ['echange appel <@UMARIE01|marie> #logement', /Échange n° 1 noté : Appel avec Marie Curie/],
      ['sigle CCAS', /Centre communal d’action sociale/],
      ['verifier "Réunion le 12/03 à 14h, salle 204"', /Rien à signaler/],
      ['config', /Réglages du réseau/],
    ];
    for (const [command, expected] of privately) {
      const sent = await bot.command(command);
      expect(sent.status, command).toBe(200);
      expect(sent.body, command).toBe('');
      const answer = await answerTo(sent);
      expect(answer, command).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(texts(answer), command).toMatch(expected);
      expect(answer.text.length, command).toBeGreaterThan(0);
    }
    expect(postsTo(CHANNEL)).toHaveLength(0);
    // The member named in the exchange is told by direct message.
    const dm = await until(() => postsTo(USERS.marie.id)[0]);
    expect(texts(dm.params)).toContain('Alice Martin a noté un échange avec vous');

    const publicly: Array<[string, RegExp]> = [
      ['sondage "Quelle date pour le forum ?" "Lundi" "Mardi"', /Quelle date pour le forum/],
      ['but nouveau "Aucun jeune sans solution"', /Nouveau but commun n° 1/],
      ['config nom "Réseau de Cergy"', /Le réseau s’appelle désormais/],
    ];
    for (const [command, expected] of publicly) {
      const before = postsTo(CHANNEL).length;
      const sent = await bot.command(command);
      expect(sent.status, command).toBe(200);
      const post = await until(() => postsTo(CHANNEL)[before]);
      expect(texts(post.params), command).toMatch(expected);
      expect(post.params.text.length).toBeGreaterThan(0);
    }
    // The poll's author also gets a private word; then a vote is answered privately.
    const vote = await bot.command('vote 1 1', { user: USERS.jean });
    expect(texts(await answerTo(vote))).toContain('Vote enregistré');
    expect(postsTo(CHANNEL)).toHaveLength(3);
  });

  it('rejects a forged signature and a stale timestamp with 401, writing nothing', async () => {
    const networkId = await bot.networkId();
    const before = await rowCounts(database().db, networkId);
    const command = 'profil metier "Éducateur spécialisé"';
    const forged = await bot.command(command, { user: USERS.jean, secret: 'not-the-signing-secret' });
    const stale = await bot.command(command, {
      user: USERS.jean,
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect(bot.fake.responses).toHaveLength(0);
    expect(bot.fake.callsOf('users.info')).toHaveLength(0);

    // The same command, properly signed, does write: the check above could fail.
    const signed = await bot.command(command, { user: USERS.jean });
    await answerTo(signed);
    expect((await rowCounts(database().db, networkId)).members).toBe((before.members ?? 0) + 1);
  });

  it('runs a replayed slash command once (same trigger, X-Slack-Retry-Num)', async () => {
    const first = await bot.command('but nouveau "Un forum emploi par trimestre"');
    await until(() => postsTo(CHANNEL)[0]);
    const replay = await bot.command('but nouveau "Un forum emploi par trimestre"', {
      triggerId: first.triggerId,
      responseUrl: first.responseUrl,
      retryNum: 1,
    });
    expect(replay.status).toBe(200);
    await until(() => duplicatesSeen() === 1);
    expect(postsTo(CHANNEL)).toHaveLength(1);
    expect((await rowCounts(database().db, await bot.networkId())).goals).toBe(1);
  });

  it('retries chat.postMessage after a 429, waiting for Retry-After', async () => {
    bot.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const sent = await bot.command('sondage "Café coopération en janvier ?" "Oui" "Non"');
    await until(() => postsTo(CHANNEL)[1], 8000);
    const [limited, retried] = postsTo(CHANNEL);
    expect(retried?.params).toEqual(limited?.params);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const answers = await until(() => bot.fake.responsesTo(sent.responseUrl)[0]);
    expect(texts(answers.body)).toContain('Votre sondage n° 1 est lancé');
    expect(bot.fake.responsesTo(sent.responseUrl)).toHaveLength(1);
  });

  it('tells the user how to let the bot into a channel, then posts the poll on request', async () => {
    bot.fake.closedChannels.add('C0CLOSED');
    const sent = await bot.command('sondage "Quel thème pour juin ?" "Logement" "Emploi"', {
      channel: 'C0CLOSED',
    });
    const answers = await until(() => {
      const got = bot.fake.responsesTo(sent.responseUrl);
      return got.length >= 2 ? got : undefined;
    });
    const said = answers.map((a) => a.body.text as string).join('\n');
    expect(said).toContain(
      'Invitez @Maillage dans ce canal (`/invite @Maillage`), puis tapez `/coop sondage publier 1`',
    );
    const warning = bot.logger.entries.find((e) => e.message === 'Slack refused a call');
    expect(warning?.context).toEqual({
      platform: 'slack',
      method: 'chat.postMessage',
      code: 'not_in_channel',
      channel: 'C0CLOSED',
    });
    expect(JSON.stringify(bot.logger.entries)).not.toContain('Quel thème');

    bot.fake.closedChannels.delete('C0CLOSED');
    const again = await bot.command('sondage publier 1', { channel: 'C0CLOSED' });
    await answerTo(again);
    const post = await until(() => postsTo('C0CLOSED').find((c) => c.params.blocks));
    expect(texts(post.params)).toContain('Quel thème pour juin ?');

    bot.fake.failNext('chat.postMessage', { error: 'msg_too_long' });
    const refused = await bot.command('config nom "Réseau Cergy-Pontoise"');
    expect((await answerTo(refused)).text).toContain('Slack a refusé de publier ce message (`msg_too_long`)');
  });

  it('never posts text that could notify a whole channel or mention someone', async () => {
    // Slack sends "@channel" typed by a user as <!channel>, and a typed "<!here>" escaped.
    await bot.command('but nouveau "<!channel> &lt;!here&gt; &lt;@UALICE01&gt; &amp; co"');
    const post = await until(() => postsTo(CHANNEL)[0]);
    const sent = JSON.stringify(post.params);
    for (const broadcast of ['<!channel>', '<!here>', '<@UALICE01>', '<!subteam'])
      expect(sent).not.toContain(broadcast);
    expect(texts(post.params)).toContain('@channel &lt;!here&gt; &lt;@UALICE01&gt; &amp; co');
    expect(post.params.parse).toBe('none');
  });

  it('answers a mention once in its thread, even when Slack delivers the event again', async () => {
    const event = {
      type: 'app_mention',
      user: USERS.sam.id,
      text: '<@UBOT0001> hello',
      ts: '1700000100.000200',
      channel: CHANNEL,
      event_ts: '1700000100.000200',
    };
    const first = await bot.event(event, { eventId: 'Ev0MENTION1' });
    expect(first.status).toBe(200);
    const reply = await until(() => postsTo(CHANNEL)[0]);
    expect(reply.params.thread_ts).toBe('1700000100.000200');
    expect(reply.params.text).toContain('Type `/coop help`');
    await bot.event(event, { eventId: 'Ev0MENTION1', retryNum: 1 });
    await until(() => duplicatesSeen() === 1);
    expect(postsTo(CHANNEL)).toHaveLength(1);
  });

  it('makes a Slack Connect guest a member of the workspace’s network, without admin rights', async () => {
    const networkId = await bot.networkId();
    const before = await rowCounts(database().db, networkId);
    const profile = await bot.command('profil territoire Osny', { user: USERS.guest });
    expect(texts(await answerTo(profile))).toContain('Nadia (CCAS)');
    expect((await rowCounts(database().db, networkId)).members).toBe((before.members ?? 0) + 1);
    const config = await bot.command('config nom "Réseau de Nadia"', { user: USERS.guest });
    expect(texts(await answerTo(config))).toContain('réservée aux facilitateurs');
    expect(postsTo(CHANNEL)).toHaveLength(0);
  });
});
