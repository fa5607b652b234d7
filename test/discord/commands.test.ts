// Every `/coop` subcommand through an INTERACTION_CREATE, answered through the real
// discord.js client: private replies are ephemeral (flag 64), announcements are not, user
// options name members, and bad input changes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import * as schema from '../../db/schema.ts';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import { type FakeMember, type Interactions, newMember, type OptionInput } from './fixtures.ts';
import { answersTo, type Bot, buttonsOf, networkIdOf, sentMessages, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

interface Step {
  path: string;
  values?: Record<string, OptionInput>;
  as?: 'admin' | 'other';
  /** A fragment of the answer (callback and follow-ups). */
  says: string | RegExp;
  /** The first answer is visible to all (an announcement). */
  public?: boolean;
}

describeDatabases('Discord /coop subcommands', (database) => {
  let bot: Bot;
  let g: Interactions;
  const admin: FakeMember = newMember({ nick: 'Alice (CCAS)', admin: true });
  const other: FakeMember = newMember({ nick: 'Samia', globalName: 'Samia B.' });

  beforeAll(async () => {
    bot = await startBot(database().db);
    g = await bot.newGuild('Réseau éducatif de Cergy');
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const ask = async (step: Omit<Step, 'says'>) => {
    const who = step.as === 'other' ? other : admin;
    return answersTo(bot.fake, g.command(who, step.path, step.values ?? {}), 100);
  };

  const STEPS: Step[] = [
    { path: 'aide', says: 'sondage' },
    { path: 'aide', values: { commande: 'sondage' }, says: 'sondage fermer' },
    { path: 'profil', values: { metier: 'Conseillère' }, says: 'Conseillère' },
    {
      path: 'profil',
      values: { territoire: 'Cergy', thematiques: 'logement, famille' },
      says: /Cergy[\s\S]*Logement/,
    },
    { path: 'profil', values: { structure: 'CCAS de Cergy', type: 'CCAS' }, says: 'CCAS de Cergy' },
    { path: 'profil', values: { membre: other }, says: 'Samia' },
    {
      path: 'profil',
      values: { structure: 'Mission locale', type: 'ML' },
      as: 'other',
      says: 'Mission locale',
    },
    { path: 'qui', values: { mots: 'Conseillère' }, says: 'Alice (CCAS)' },
    { path: 'qui', values: { liste: 'types' }, says: 'CCAS' },
    {
      path: 'qui',
      values: { liste: 'all' },
      says: /Annuaire du réseau[\s\S]*CCAS de Cergy[\s\S]*Alice \(CCAS\)/,
    },
    { path: 'profil', values: { territoire: 'efface' }, says: /Territoire\s?: \(non renseigné\)/ },
    {
      path: 'echange noter',
      values: { membre: other, nature: 'appel', themes: 'logement', note: 'préparation du forum' },
      says: /n°\s?1/,
    },
    { path: 'echange liste', says: 'Samia' },
    { path: 'echange voir', values: { numero: 1 }, says: /Échange n°\s?1[\s\S]*préparation du forum/ },
    {
      path: 'echange corriger',
      values: { numero: 1, nature: 'rencontre', date: 'hier' },
      says: /corrigé[\s\S]*Rencontre avec Samia/,
    },
    { path: 'echange retirer', values: { numero: 1 }, as: 'other', says: /retiré/ },
    { path: 'echange annuler', values: { numero: 1 }, says: /supprimé/ },
    {
      path: 'sondage creer',
      values: { question: 'Quel atelier ?', options: 'Logement; Emploi', public: true },
      says: /lancé/,
    },
    { path: 'sondage liste', says: 'Quel atelier ?' },
    { path: 'vote', values: { sondage: 1, choix: '2' }, as: 'other', says: 'Emploi' },
    { path: 'vote', values: { sondage: 1, retirer: true }, as: 'other', says: /retiré/ },
    { path: 'sondage voir', values: { numero: 1 }, says: 'Quel atelier ?' },
    { path: 'sondage publier', values: { numero: 1 }, says: /publié/ },
    { path: 'sondage fermer', values: { numero: 1 }, says: /publié dans le salon/ },
    { path: 'sondage export', values: { numero: 1 }, says: 'option,votes,percent' },
    {
      path: 'but nouveau',
      values: { titre: '@everyone Aucun jeune sans solution' },
      says: 'Aucun jeune',
      public: true,
    },
    { path: 'but liste', says: 'Aucun jeune sans solution' },
    { path: 'but voir', values: { numero: 1 }, says: 'Aucun jeune sans solution' },
    { path: 'but modifier', values: { numero: 1, statut: 'actif' }, says: /actif/, public: true },
    { path: 'sigle chercher', values: { termes: 'CCAS' }, says: 'CCAS' },
    {
      path: 'sigle ajouter',
      values: { terme: 'VVV', definition: 'Ville vie vacances' },
      says: 'VVV',
      public: true,
    },
    {
      path: 'sigle modifier',
      values: { terme: 'VVV', definition: 'Activités d’été' },
      says: 'Activités',
      public: true,
    },
    { path: 'sigle liste', says: 'VVV' },
    { path: 'sigle supprimer', values: { terme: 'CAF' }, says: 'CAF' },
    { path: 'sigle retablir', values: { terme: 'CAF' }, says: 'CAF' },
    { path: 'verifier', values: { texte: 'Rappeler au 06 12 34 56 78' }, says: /refusé/ },
    { path: 'diagnostic voir', says: 'Aperçu' },
    { path: 'diagnostic ici', says: 'Ce canal reçoit désormais le diagnostic', public: true },
    { path: 'diagnostic statut', says: 'Prochaine publication' },
    { path: 'diagnostic voir', values: { periode: 'mois dernier' }, says: 'Diagnostic permanent' },
    { path: 'diagnostic historique', says: 'Aucun diagnostic n’a encore été publié' },
    { path: 'diagnostic export', says: /Je vous ai envoyé les fichiers `diagnostic-[\d-]+\.xlsx`/ },
    {
      path: 'diagnostic web',
      values: { periode: 'mois dernier' },
      says: /http:\/\/localhost:\d+\/d\/[0-9a-f]{120}/,
    },
    {
      path: 'diagnostic horaire',
      values: { horaire: 'chaque mardi à 8h30' },
      says: 'Le diagnostic sera publié',
      public: true,
    },
    { path: 'diagnostic desactiver', says: 'Diagnostic désactivé', public: true },
    { path: 'diagnostic activer', says: 'Diagnostic activé', public: true },
    { path: 'aide', values: { commande: 'cafe' }, says: 'cafe rencontre N oui|non' },
    { path: 'cafe statut', says: 'aucun : un facilitateur tape `cafe ici`' },
    { path: 'cafe oui', says: 'vous participerez au prochain café coopération' },
    { path: 'cafe non', says: 'vous ne serez plus mis·e en relation' },
    { path: 'cafe rencontre', values: { numero: 4, reponse: 'oui' }, says: /pas dans le binôme n°\s?4/ },
    { path: 'cafe ici', as: 'other', says: /facilitat/ },
    { path: 'cafe ici', says: 'Ce canal accueille désormais le café coopération', public: true },
    { path: 'cafe rythme', values: { semaines: 3 }, says: 'toutes les 3 semaines', public: true },
    { path: 'cafe jour', values: { jour: 'jeudi' }, says: 'le jeudi à 10:00', public: true },
    { path: 'cafe desactiver', says: 'Café coopération en pause', public: true },
    { path: 'cafe activer', says: 'Café coopération repris', public: true },
    { path: 'cafe lancer', says: 'Un tour du café coopération est lancé', public: true },
    { path: 'cafe inviter', values: { structure: 'Structure inconnue' }, says: 'Structure inconnue' },
    { path: 'config voir', says: 'Réseau éducatif de Cergy' },
    { path: 'config nom', values: { nom: 'Réseau de Cergy' }, says: 'Réseau de Cergy', public: true },
    { path: 'config langue', values: { langue: 'fr' }, says: /français/i, public: true },
    { path: 'config fuseau', values: { fuseau: 'Europe/Paris' }, says: 'Europe/Paris', public: true },
    { path: 'mes-donnees', says: 'en message privé' },
    { path: 'oubli', says: 'Oubli : ce qui sera effacé' },
    { path: 'confidentialite', says: 'Confidentialité : ce que Maillage garde' },
    {
      path: 'config conservation',
      values: { mois: 18 },
      says: 'Durée de conservation : 18 mois',
      public: true,
    },
    { path: 'config seuil', values: { reponses: 5 }, says: 'Seuil d’anonymat : 5 réponses', public: true },
    { path: 'config journal', says: 'Journal des actions de facilitation' },
    {
      path: 'config facilitateur',
      values: { action: 'ajouter', membre: other },
      says: 'Samia',
      public: true,
    },
    {
      // An ML into a CCAS: two types, so the merge asks to be confirmed (privately) first.
      path: 'config fusionner',
      values: { doublon: 'Mission locale', garder: 'CCAS de Cergy' },
      says: /--ok/,
    },
  ];

  it('covers every subcommand of the registered /coop, /coop-config and /coop-diagnostic', () => {
    const covered = new Set(STEPS.map((s) => s.path));
    // Routes are by Discord names (`coop sondage creer`, `coop-config nom`); steps by the core's.
    const paths = [...discordCommands().routes.keys()].map((p) =>
      p
        .replace(/^coop-config /, 'config ')
        .replace(/^coop-diagnostic /, 'diagnostic ')
        .replace(/^coop /, ''),
    );
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('answers each subcommand, privately unless it announces something', async () => {
    for (const step of STEPS) {
      const answers = await ask(step);
      const said = answers.map(textOf).join('\n');
      expect(said, `${step.path} ${JSON.stringify(step.values ?? {})}`).toMatch(step.says);
      expect(answers[0]?.flags, step.path).toBe(step.public ? undefined : 64);
    }
  });

  it('names members as the server shows them, on first use and when mentioned', async () => {
    const networkId = await networkIdOf(database().db, g.guild.id);
    const rows = await database()
      .db.select()
      .from(schema.members)
      .where(eq(schema.members.networkId, networkId));
    expect(rows.map((r) => r.displayName).sort()).toEqual(['Alice (CCAS)', 'Samia']);
    const plain = newMember({ nick: null, globalName: null, username: 'jdupont' });
    await ask({ path: 'profil', values: { membre: plain } });
    const after = await database()
      .db.select()
      .from(schema.members)
      .where(eq(schema.members.networkId, networkId));
    expect(after.map((r) => r.displayName)).toContain('jdupont');
  });

  it('names members mentioned in a text option as the server shows them', async () => {
    const lea = g.join(newMember({ nick: 'Léa (PRE)' }));
    const stranger = newMember();
    const answers = await ask({
      path: 'echange noter',
      values: { autres: `<@${lea.id}>, <@!${stranger.id}>` },
    });
    expect(answers.map(textOf).join('\n')).toMatch(/Léa \(PRE\)/);
    const lookups = bot.fake.calls.filter(
      (c) => c.method === 'GET' && c.path.startsWith(`/guilds/${g.guild.id}/members/`),
    );
    expect(lookups.map((c) => c.status).sort()).toEqual([200, 404]);
  });

  it('answers in the member’s Discord language, else the network’s', async () => {
    const english = await answersTo(bot.fake, g.command(newMember({ locale: 'en-US' }), 'aide'));
    expect(textOf(english[0])).toMatch(/commands/i);
    const german = await answersTo(bot.fake, g.command(newMember({ locale: 'de' }), 'aide'));
    expect(textOf(german[0])).toMatch(/commandes/);
  });

  it('takes Manage Server, or being named, as facilitator', async () => {
    const stranger = newMember();
    const refused = await answersTo(bot.fake, g.command(stranger, 'config voir'));
    expect(textOf(refused[0])).toMatch(/facilitat/);
    const named = await ask({ path: 'config voir', as: 'other' });
    expect(textOf(named[0])).toContain('Réseau de Cergy');
  });

  it('opens the profile form, prefilled, when /coop profil has no option', async () => {
    const i = g.command(admin, 'profil');
    const callback = await bot.fake.callbackOf(String(i.id));
    expect((callback.body as Json).type).toBe(9);
    const inputs = (((callback.body as Json).data as Json).components as Json[]).map(
      (c) => c.component as Json,
    );
    expect(inputs.map((c) => c.custom_id)).toEqual([
      'organisation',
      'roleTitle',
      'territory',
      'themes',
      'helpOffer',
    ]);
    expect(inputs[1]?.value).toBe('Conseillère');
    const saved = await answersTo(
      bot.fake,
      g.modal(admin, 'coopform:profile', { roleTitle: 'Directrice', territory: 'Cergy' }),
    );
    expect(textOf(saved[0])).toContain('Directrice');
  });

  it('answers bad input with a clear private message and changes nothing', async () => {
    const networkId = await networkIdOf(database().db, g.guild.id);
    const before = await rowCounts(database().db, networkId);
    const cases: Array<[Omit<Step, 'says'>, RegExp]> = [
      [{ path: 'sondage creer', values: { question: 'Seule ?', options: 'Oui' } }, /2 options/],
      [{ path: 'vote', values: { sondage: 99, choix: '1' } }, /99/],
      [
        { path: 'but modifier', values: { numero: 1, titre: 'A', statut: 'atteint' } },
        /Une modification à la fois/,
      ],
      [{ path: 'profil', values: { type: 'ML' } }, /va avec `structure`/],
      // Refused: the answer names the facilitators (the admin seen so far, by right).
      [
        { path: 'config nom', values: { nom: 'Pirates' }, as: 'other' },
        /réservée aux facilitateurs.*\(de droit\)/,
      ],
      [{ path: 'echange noter', values: { note: 'seul' } }, /membre|structure/],
      [{ path: 'echange corriger', values: { numero: 99, date: 'hier' } }, /échange n°\s?99/],
      [{ path: 'echange voir', values: { numero: 99 } }, /échange n°\s?99/],
      [{ path: 'but nouveau', values: { titre: 'Appeler au 06 12 34 56 78' } }, /téléphone/],
    ];
    // Samia is a named facilitator now: take the right back for the refusal case.
    await ask({ path: 'config facilitateur', values: { action: 'retirer', membre: other } });
    const afterSetup = await rowCounts(database().db, networkId);
    for (const [step, says] of cases) {
      const answers = await ask(step);
      expect(answers[0]?.flags, step.path).toBe(64);
      expect(answers.map(textOf).join('\n'), step.path).toMatch(says);
      expect(answers.map(textOf).join('\n')).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await rowCounts(database().db, networkId)).toEqual(afterSetup);
    expect(afterSetup.polls).toBe(before.polls);
  });

  it('suggests at most 25 themes, completing the last of a list, and this network’s organisations only', async () => {
    const elsewhere = await bot.newGuild();
    await answersTo(
      bot.fake,
      elsewhere.command(newMember(), 'profil', { structure: 'CCAS de Pontoise', type: 'CCAS' }),
    );
    const choicesOf = async (interaction: Json) =>
      (((await bot.fake.callbackOf(String(interaction.id))).body as Json).data as Json).choices as Json[];
    const themes = await choicesOf(
      g.autocomplete(admin, 'profil', { thematiques: 'logement, ' }, 'thematiques'),
    );
    expect(themes.length).toBeGreaterThan(5);
    expect(themes.length).toBeLessThanOrEqual(25);
    for (const choice of themes) expect(String(choice.value)).toMatch(/^logement, \S/);
    const organisations = await choicesOf(
      g.autocomplete(admin, 'profil', { structure: 'ccas' }, 'structure'),
    );
    expect(organisations).toEqual([{ name: 'CCAS de Cergy (CCAS)', value: 'CCAS de Cergy' }]);
    const types = await choicesOf(g.autocomplete(admin, 'profil', { type: 'mission' }, 'type'));
    expect(types.map((c) => c.value)).toContain('ML');
    const goals = await choicesOf(g.autocomplete(admin, 'but voir', { numero: '' }, 'numero'));
    expect(goals[0]).toEqual({ name: '1 · @everyone Aucun jeune sans solution', value: 1 });
    // A goal's number suggested for a text option comes as text (Discord's rule).
    const served = await choicesOf(g.autocomplete(admin, 'echange noter', { but: '' }, 'but'));
    expect(served[0]).toEqual({ name: '1 · @everyone Aucun jeune sans solution', value: '1' });
    const zones = await choicesOf(g.autocomplete(admin, 'config fuseau', { fuseau: 'reunion' }, 'fuseau'));
    expect(zones).toEqual([{ name: 'Indian/Reunion', value: 'Indian/Reunion' }]);
  });

  it('offers a button that confirms a typed command past a guard warning', async () => {
    const [answer] = await ask({ path: 'but nouveau', values: { titre: 'Accompagner Mme Martin' } });
    const [confirm] = buttonsOf(answer);
    expect(confirm?.custom_id).toBe('coop:but nouveau "Accompagner Mme Martin" --ok');
    const [done] = await answersTo(bot.fake, g.button(admin, confirm?.custom_id ?? ''));
    expect(done?.flags).toBeUndefined();
    expect(textOf(done)).toContain('Accompagner Mme Martin');
  });

  it('never lets @everyone in user text ping anyone', () => {
    const announcement = sentMessages(bot.fake).find((s) => textOf(s.body).includes('@everyone Aucun jeune'));
    expect(announcement?.body.allowed_mentions).toEqual({ parse: [] });
    for (const { body } of sentMessages(bot.fake)) expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
