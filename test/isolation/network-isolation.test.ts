// Network isolation: one Maillage process serves network A on a Slack workspace and network
// B on a Discord server (the real Bolt and discord.js against the fakes). Each network is
// filled with texts carrying marker words; then each side tries to reach the other's data —
// searches, numbers that exist in both or in the other only, forged Slack buttons, replayed
// Discord custom ids and interaction ids, autocomplete, digest previews, exports, scheduled
// posts — and nothing the bot sends to one platform may name the other network, nor may the
// other network's rows change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OptionInput } from '../discord/fixtures.ts';
import { dmMessage } from '../discord/fixtures.ts';
import { answersTo, networkIdOf } from '../discord/harness.ts';
import { dmOf, type Payload } from '../slack/fake-slack.ts';
import { until } from '../slack/slack-bot.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import { expectNoneOf, unchanged } from './checks.ts';
import { ALPHA, BETA, markersIn, SERVER, seedAlpha, seedBeta, WORKSPACE } from './networks.ts';
import { flat, startTwoPlatforms, type TwoPlatforms } from './two-platforms.ts';

/** Friday 20 November 2026, 11:00 in Paris: polls close Sunday, the digest is due Monday 09:00. */
const FRIDAY = new Date('2026-11-20T10:00:00Z');

describeDatabases('Network isolation between a Slack and a Discord network', (database) => {
  let t: TwoPlatforms;
  let netA: string;
  let netB: string;
  /** B's poll buttons as posted on Discord: what a replay would send. */
  let betaCustomIds: string[];
  const clock = new FakeClock(FRIDAY);
  const db = () => database().db;

  beforeAll(async () => {
    t = await startTwoPlatforms(db(), clock, {
      workspace: WORKSPACE,
      server: SERVER,
      users: Object.values(ALPHA),
    });
    await seedAlpha(t);
    betaCustomIds = await seedBeta(t);
    netA = await networkIdOf(db(), t.slack.team.id);
    netB = await networkIdOf(db(), t.guild.guild.id);
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
  });

  const slack = async (text: string, user = ALPHA.agathe) => {
    const sent = await t.slackCommand(text, user);
    expectNoneOf('B', sent.text);
    return sent.text;
  };
  const noAlpha = (text: string) => expectNoneOf('A', text);
  const discord = async (...args: Parameters<TwoPlatforms['discordCommand']>) => {
    const text = await t.discordCommand(...args);
    expectNoneOf('A', text);
    return text;
  };

  it('keeps two networks and two spaces, one per platform', async () => {
    expect(netA).not.toBe(netB);
    const a = await rowCounts(db(), netA);
    const b = await rowCounts(db(), netB);
    expect([a.goals, a.polls, a.exchanges, a.members]).toEqual([2, 3, 1, 3]);
    expect([b.goals, b.polls, b.exchanges, b.members]).toEqual([3, 2, 2, 3]);
  });

  it('answers each network its own goal 1, poll 1, exchanges and glossary', async () => {
    await unchanged(db(), netB, async () => {
      expect(await slack('but 1')).toContain('Alphaquartz');
      expect(await slack('sondage 1')).toContain('alphaglyphe');
      expect(await slack('echange liste', ALPHA.albane)).toContain('Centre social Alphaprisme');
      expect(await slack('sigle ALPHAZED')).toContain('alphazinc');
      expect(await slack('sigle BETAZED')).toContain('BETAZED');
      expect(await slack('sondage liste')).toContain('alpharune');
      expect(await slack('but liste')).toContain('Alphaonyx');
    });
    await unchanged(db(), netA, async () => {
      expect(await discord(BETA.zoe, 'but voir', { numero: 1 })).toContain('Betaquartz');
      expect(await discord(BETA.zoe, 'sondage voir', { numero: 1 })).toContain('betaglyphe');
      expect(await discord(BETA.zoe, 'echange liste')).toContain('Collège Betaroche');
      expect(await discord(BETA.yann, 'sigle chercher', { termes: 'BETAZED' })).toContain('betazinc');
      expect(await discord(BETA.yann, 'sigle chercher', { termes: 'ALPHAZED' })).toContain('ALPHAZED');
      expect(await discord(BETA.yann, 'sondage liste')).toContain('betarune');
      expect(await discord(BETA.yann, 'but liste')).toContain('Betatrois');
    });
  });

  it('finds none of B’s people or organisations with `qui` from Slack, and none of A’s from Discord', async () => {
    await unchanged(db(), netB, async () => {
      for (const words of ['Betamarin', 'Betaflore', 'Betaroche', 'Betakayak', 'betasavoir', 'Betabourg'])
        await slack(`qui ${words}`);
      expect(await slack('qui structures')).toContain('Mission locale Alphalune');
      expect(await slack('qui logement')).toContain('Albane Alphaville');
      expect(await slack('qui types')).toContain('ML');
    });
    await unchanged(db(), netA, async () => {
      for (const words of [
        'Alphaville',
        'Alphalune',
        'Alphaprisme',
        'Alphamont',
        'alphasavoir',
        'Alphabourg',
      ])
        await discord(BETA.yann, 'qui', { mots: words });
      expect(await discord(BETA.yann, 'qui', { liste: 'structures' })).toContain('Association Betaflore');
      expect(await discord(BETA.yann, 'qui', { mots: 'logement' })).toContain('Zoé Betamarin');
    });
  });

  it('refuses from Slack the numbers only B has, and changes nothing in either network', async () => {
    await unchanged(db(), netB, async () => {
      await unchanged(db(), netA, async () => {
        expect(await slack('but 3')).toMatch(/pas de but n°\s?3/);
        expect(await slack('but 3 statut actif', ALPHA.albane)).toMatch(/n°\s?3/);
        expect(await slack('but 3 indicateur "9 sur 10"', ALPHA.albane)).toMatch(/n°\s?3/);
        expect(await slack('echange annuler 2', ALPHA.albane)).toMatch(/pas d’?'?échange n°\s?2/);
        expect(await slack('echange retirer 2')).toMatch(/n°\s?2/);
        expect(await slack(`echange appel <@${ALPHA.arthur.id}|arthur> but 3`)).toMatch(/pas de but n°\s?3/);
        expect(await slack('sondage "Une question ?" "Oui" "Non" but 3')).toMatch(/n°\s?3/);
        expect(await slack('config fusionner Betaflore Alphalune', ALPHA.albane)).toContain('Betaflore');
        expect(await slack('cafe rencontre 1 oui')).toMatch(/n°\s?1/);
      });
    });
  });

  it('refuses from Discord the numbers only A has, and changes nothing in either network', async () => {
    await unchanged(db(), netA, async () => {
      await unchanged(db(), netB, async () => {
        expect(await discord(BETA.zoe, 'sondage voir', { numero: 3 })).toMatch(/n°\s?3/);
        expect(await discord(BETA.xavier, 'vote', { sondage: 3, choix: '1' })).toMatch(/n°\s?3/);
        expect(await discord(BETA.zoe, 'sondage fermer', { numero: 3 })).toMatch(/n°\s?3/);
        expect(await discord(BETA.zoe, 'sondage export', { numero: 3 })).toMatch(/n°\s?3/);
        expect(await discord(BETA.zoe, 'sondage publier', { numero: 3 })).toMatch(/n°\s?3/);
        expect(await discord(BETA.xavier, 'echange annuler', { numero: 1 })).toMatch(/n°\s?1/);
        expect(
          await discord(BETA.zoe, 'config fusionner', { doublon: 'Alphalune', garder: 'Betaflore' }),
        ).toContain('Alphalune');
      });
    });
  });

  it('runs forged Slack buttons in A only, whatever team, channel, poll number or replayed id they carry', async () => {
    const forged = {
      team: { id: t.guild.guild.id, domain: 'betanord' },
      channel: { id: t.guild.guild.channelId, name: 'general' },
    };
    const before = await rowCounts(db(), netB);
    const goal = await t.slackClick('but 1', ALPHA.agathe, forged);
    expect(goal.text).toContain('Alphaquartz');
    expectNoneOf('B', goal.text);
    // B's own buttons, replayed on Slack: they run as A's commands, on A's polls.
    const commands = betaCustomIds.map((id) => id.replace(/^coop:/, ''));
    expect(commands).toContain('vote 1 2');
    for (const command of commands) {
      const sent = await t.slackClick(command, ALPHA.agathe, forged);
      expectNoneOf('B', sent.text);
    }
    expect((await t.slackClick('vote 1 2', ALPHA.agathe)).text).toContain('alphavert');
    // A Discord interaction id as Slack's trigger: a delivery of A's, run once in A.
    const [replayed] = t.discord.calls.filter((c) => c.path.startsWith('/interactions/'));
    const interactionId = replayed?.path.split('/')[2] ?? '';
    expect(interactionId).toMatch(/^\d+$/);
    for (const trigger of [interactionId, `discord:${interactionId}`]) {
      const sent = await t.slackCommand('but 2', ALPHA.agathe, {
        trigger_id: trigger,
        team_id: t.guild.guild.id,
      });
      expect(sent.text).toContain('Alphaonyx');
      expectNoneOf('B', sent.text);
    }
    expect(await rowCounts(db(), netB)).toEqual(before);
  });

  it('treats a Slack user carrying the Discord id of B’s facilitator as a stranger of A', async () => {
    const impostor = { id: BETA.zoe.id, name: 'zoe' };
    await unchanged(db(), netB, async () => {
      const config = await t.slackCommand('config', impostor);
      expect(config.text).toMatch(/facilitat/);
      expectNoneOf('B', config.text);
      const mine = await t.slackCommand('echange liste', impostor);
      expect(mine.text).toContain('Aucun échange');
      expectNoneOf('B', (await t.slackCommand('qui Betamarin', impostor)).text);
      expectNoneOf('B', (await t.slackCommand('sondage liste', impostor)).text);
    });
  });

  it('suggests to the Slack workspace only A’s organisations, goals, polls and options', async () => {
    const ask = (
      kind: 'organisation' | 'goal' | 'open-poll' | 'poll-option',
      typed: string,
      pollRef?: number,
    ) =>
      t.app.core.suggest({
        platform: 'slack',
        spaceExternalId: t.slack.team.id,
        kind,
        typed,
        locale: 'fr',
        pollRef,
      });
    const all = [
      ...(await ask('organisation', '')),
      ...(await ask('goal', '')),
      ...(await ask('open-poll', '')),
      ...(await ask('poll-option', '', 1)),
    ];
    expect(all.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Mission locale Alphalune (ML)',
        '1 · Objectif Alphaquartz',
        '1 · Question alphaglyphe ?',
        '1 · Option alpharouge',
      ]),
    );
    expectNoneOf('B', JSON.stringify(all));
    for (const typed of ['Betaflore', 'Betaquartz', 'glyphe', 'betarouge']) {
      expectNoneOf('B', JSON.stringify(await ask('organisation', typed)));
      expectNoneOf('B', JSON.stringify(await ask('goal', typed)));
      expectNoneOf('B', JSON.stringify(await ask('open-poll', typed)));
      expectNoneOf('B', JSON.stringify(await ask('poll-option', typed, 2)));
    }
    // One platform's space id never opens the other platform's network.
    const crossed = [
      { platform: 'discord' as const, spaceExternalId: t.slack.team.id },
      { platform: 'slack' as const, spaceExternalId: t.guild.guild.id },
    ];
    for (const where of crossed)
      for (const kind of ['organisation', 'goal', 'open-poll', 'poll-option'] as const)
        expect(await t.app.core.suggest({ ...where, kind, typed: '', locale: 'fr', pollRef: 1 })).toEqual([]);
  });

  it('runs A’s Slack button commands replayed as Discord custom ids in B only, and a replayed interaction once', async () => {
    const values = t.slack
      .callsOf('chat.postMessage')
      .flatMap((c) => (c.params.blocks ?? []) as Payload[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => (block.elements as Payload[]).map((e) => String(e.value)));
    expect(values).toEqual(expect.arrayContaining(['vote 1 1', 'vote 2 2', 'vote 3 1']));
    await unchanged(db(), netA, async () => {
      for (const value of new Set(values)) await t.discordClick(BETA.xavier, `coop:${value}`).then(noAlpha);
      expect(await t.discordClick(BETA.xavier, 'coop:vote 1 1')).toContain('betarouge');
      // A vote sets a state: the same click delivered again leaves it as it is.
      const vote = t.guild.button(BETA.xavier, 'coop:vote 1 2');
      expect(flat(await answersTo(t.discord, vote, 60))).toContain('betavert');
      t.discord.dispatchInteraction(vote);
      // Give the replay the time a delivery takes, then look.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await discord(BETA.xavier, 'sondage voir', { numero: 1 })).toMatch(/Votre choix[^"]*betavert/);
      // Any other interaction delivered again, even carrying another command, runs nothing.
      const first = t.guild.button(BETA.xavier, 'coop:sigle ajouter BETAREPLAYUN "Premier sigle"');
      expect(flat(await answersTo(t.discord, first, 60))).toContain('BETAREPLAYUN');
      const replay = {
        ...first,
        data: { custom_id: 'coop:sigle ajouter BETAREPLAYDEUX "Second sigle"', component_type: 2 },
      };
      t.discord.dispatchInteraction(replay);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await discord(BETA.xavier, 'sigle chercher', { termes: 'BETAREPLAYDEUX' })).not.toContain(
        'Second sigle',
      );
    });
  });

  it('suggests in B’s Discord server only B’s polls, options, goals and organisations', async () => {
    const choices = async (path: string, values: Record<string, OptionInput>, focused: string) => {
      const interaction = t.guild.autocomplete(BETA.yann, path, values, focused);
      const callback = await t.discord.callbackOf(String(interaction.id));
      const data = (callback.body as Payload).data as Payload;
      return (data.choices as Array<{ name: string; value: string | number }>).map((c) => c.name);
    };
    await unchanged(db(), netA, async () => {
      expect(await choices('vote', { sondage: '' }, 'sondage')).toEqual(
        expect.arrayContaining(['1 · Question betaglyphe ?', '2 · Question betarune publique ?']),
      );
      expect(await choices('vote', { sondage: 'glyphe' }, 'sondage')).toEqual(['1 · Question betaglyphe ?']);
      expect(await choices('vote', { sondage: 3 }, 'sondage')).toEqual([]);
      expect(await choices('vote', { sondage: 1, choix: '' }, 'choix')).toEqual([
        '1 · Option betarouge',
        '2 · Option betavert',
      ]);
      expect(await choices('vote', { sondage: 3, choix: '' }, 'choix')).toEqual([]);
      expect(await choices('but voir', { numero: '' }, 'numero')).toHaveLength(3);
      expect(await choices('but voir', { numero: 'Alpha' }, 'numero')).toEqual([]);
      expect(await choices('profil', { structure: '' }, 'structure')).toEqual([
        'Association Betaflore (CCAS)',
        'Collège Betaroche (COLLEGE)',
      ]);
      for (const typed of ['Alphalune', 'Alphaprisme', 'ML', 'CS'])
        expect(await choices('profil', { structure: typed }, 'structure')).toEqual([]);
    });
  });

  it('reaches nothing of A through a Discord button that names the Slack workspace’s id', async () => {
    const dm = dmMessage();
    await unchanged(db(), netA, async () => {
      await unchanged(db(), netB, async () => {
        for (const command of ['qui Alphaville', 'but 1', 'sondage 1', 'echange liste', 'sigle ALPHAZED']) {
          const click = t.guild.dmButton(BETA.zoe, `coopg:${t.slack.team.id}:${command}`, dm);
          noAlpha(flat(await answersTo(t.discord, click, 60)));
        }
      });
    });
  });

  it('previews each network’s digest with its own organisations, people and polls only', async () => {
    await unchanged(db(), netB, async () => {
      const preview = await slack('diagnostic', ALPHA.albane);
      expect(preview).toContain('Diagnostic permanent');
      expect(preview).toContain(WORKSPACE);
      expect(preview).toContain('alphaglyphe');
    });
    await unchanged(db(), netA, async () => {
      const preview = await discord(BETA.zoe, 'diagnostic voir');
      expect(preview).toContain('Diagnostic permanent');
      expect(preview).toContain(SERVER);
      expect(preview).toContain('betaglyphe');
    });
  });

  it('exports each network’s public poll with its own options and voters only', async () => {
    await slack('sondage fermer 2', ALPHA.albane);
    const alpha = await slack('sondage export 2', ALPHA.albane);
    expect(alpha).toContain('option,votes,percent,voters');
    expect(alpha).toMatch(/Choix alphapluie.*Albane Alphaville/);
    await discord(BETA.zoe, 'sondage fermer', { numero: 2 });
    const beta = await discord(BETA.zoe, 'sondage export', { numero: 2 });
    expect(beta).toContain('option,votes,percent,voters');
    expect(beta).toMatch(/Choix betaneige.*Zoé Betamarin/);
  });

  it('sends a Slack member’s data file with their own network’s data only', async () => {
    const before = t.slack.files.uploads.length;
    await unchanged(db(), netB, async () => {
      await slack('mes-donnees', ALPHA.albane);
      const upload = await until(() => t.slack.files.uploads[before]);
      expect(upload.channel).toBe(dmOf(ALPHA.albane.id));
      const file = upload.bytes.toString('utf8');
      expect(file).toContain('Albane Alphaville');
      expect(file).toContain('alphacobalt');
      expectNoneOf('B', file);
    });
  });

  // Serving Slack too must not break Discord: this fails while discord.js's REST goes
  // through the global undici dispatcher that Bolt's undici 7 installs (see the report).
  it('sends a Discord member’s data file with their own network’s data only', async () => {
    const from = t.discord.attachments.length;
    await unchanged(db(), netA, async () => {
      expect(await discord(BETA.zoe, 'mes-donnees')).toContain('message privé');
      const attachment = await until(() => t.discord.attachments[from]);
      const file = attachment.bytes.toString('utf8');
      expect(file).toContain('Zoé Betamarin');
      expect(file).toContain('betacobalt');
      expectNoneOf('A', file);
    });
  });

  it('shows each network’s facilitators only their own audit trail', async () => {
    await unchanged(db(), netB, async () => {
      const journal = await slack('config journal', ALPHA.albane);
      expect(journal).toContain('Albane Alphaville');
      expect(await slack('config journal 2', ALPHA.albane)).not.toContain('Zoé');
      expect(await slack('config journal')).toMatch(/facilitat/);
    });
    await unchanged(db(), netA, async () => {
      const journal = await discord(BETA.zoe, 'config journal');
      expect(journal).toContain('Zoé Betamarin');
      expect(await discord(BETA.yann, 'config journal')).toMatch(/facilitat/);
    });
  });

  it('posts each network’s poll results, digest and café round on its own platform only', async () => {
    await slack('cafe lancer', ALPHA.albane);
    await discord(BETA.zoe, 'cafe lancer');
    const fromSlack = t.slack.calls.length;
    const fromDiscord = t.discord.calls.length;
    // Past the polls' deadlines (Sunday 11:00) and the digest's slot (Monday 09:00, Paris).
    clock.current = new Date('2026-11-23T08:01:00Z');
    for (let i = 0; i < 4; i++) await t.app.scheduler.tick();

    const slackPosts = t.slack.calls.slice(fromSlack).filter((c) => c.method === 'chat.postMessage');
    const postedA = flat(slackPosts.map((c) => c.params));
    for (const expected of [
      'Diagnostic permanent',
      WORKSPACE,
      'alphaglyphe',
      'alphatrois',
      'Café coopération',
    ])
      expect(postedA).toContain(expected);
    expectNoneOf('B', postedA);
    const discordPosts = t.discord.calls.slice(fromDiscord).filter((c) => c.method === 'POST');
    const postedB = flat(discordPosts.map((c) => c.body));
    for (const expected of ['Diagnostic permanent', SERVER, 'betaglyphe', 'Café coopération'])
      expect(postedB).toContain(expected);
    expectNoneOf('A', postedB);
    // The café writes only to each network's own people.
    const slackIds = Object.values(ALPHA).map((u) => u.id);
    const opened = t.slack.callsOf('conversations.open').flatMap((c) => String(c.params.users).split(','));
    expect(opened).toEqual(expect.arrayContaining([ALPHA.albane.id, ALPHA.arthur.id]));
    for (const id of opened) expect(slackIds).toContain(id);
    const discordIds = Object.values(BETA).map((m) => m.id);
    const dms = t.discord.calls
      .filter((c) => c.path === '/users/@me/channels')
      .map((c) => String((c.body as Payload).recipient_id));
    expect(dms).toEqual(expect.arrayContaining([BETA.zoe.id, BETA.yann.id]));
    for (const id of dms) expect(discordIds).toContain(id);
    // Pair numbers exist in both networks now: each names its own pair.
    await unchanged(db(), netB, async () => {
      expect(await slack('cafe rencontre 1 oui', ALPHA.agathe)).toMatch(/n°\s?1/);
    });
    await unchanged(db(), netA, async () => {
      expect(await discord(BETA.xavier, 'cafe rencontre', { numero: 1, reponse: 'oui' })).toMatch(/n°\s?1/);
    });
  });

  it('sends to Slack nothing that names B, to Discord nothing that names A, and logs neither', async () => {
    const slackSide = t.slackTraffic();
    const discordSide = t.discordTraffic();
    // Each side's traffic names its own network: the check below looks where it matters.
    expect(markersIn(slackSide, 'A').length).toBeGreaterThan(15);
    expect(markersIn(discordSide, 'B').length).toBeGreaterThan(15);
    expectNoneOf('B', slackSide);
    expectNoneOf('A', discordSide);
    const logs = flat(t.logger.entries);
    expectNoneOf('A', logs);
    expectNoneOf('B', logs);
  });
});
