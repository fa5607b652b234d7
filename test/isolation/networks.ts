// The two networks of the isolation test: A on a Slack workspace, B on a Discord server,
// each filled through its own platform with people, organisations, goals, exchanges,
// glossary entries, polls and votes, a digest channel and café opt-ins whose texts carry
// distinctive marker words, so that anything of one showing up on the other's side is seen.
// A has 2 goals, 3 polls and 1 exchange; B has 3 goals, 2 polls and 2 exchanges: the low
// numbers exist in both, the others in one network only.
import { expect } from 'vitest';
import { type FakeMember, newMember } from '../discord/fixtures.ts';
import { buttonsOf } from '../discord/harness.ts';
import type { FakeUser } from '../slack/fake-slack.ts';
import type { TwoPlatforms } from './two-platforms.ts';

export const WORKSPACE = 'Espace Alphasud';
export const SERVER = 'Serveur Betanord';

export const ALPHA = {
  albane: { id: 'UALPHA001', name: 'albane', displayName: 'Albane Alphaville', admin: true },
  arthur: { id: 'UALPHA002', name: 'arthur', displayName: 'Arthur Alphamont' },
  agathe: { id: 'UALPHA003', name: 'agathe', displayName: 'Agathe Alphanor' },
} satisfies Record<string, FakeUser>;

export const BETA = {
  zoe: newMember({ nick: 'Zoé Betamarin', admin: true }),
  yann: newMember({ nick: 'Yann Betakayak' }),
  xavier: newMember({ nick: 'Xavier Betaplume' }),
} satisfies Record<string, FakeMember>;

/** The channels each network's bot talks in. */
export const SLACK_CHANNEL = 'C0ALPHA01';

/**
 * Texts of each network that the other side never types: names in full, organisations in
 * full, and words found only in notes, definitions, goals, polls and profiles. A search from
 * the other network types single words of them (`qui Betamarin`), which a reply may echo.
 */
export const MARKERS = {
  A: [
    WORKSPACE,
    'Albane Alphaville',
    'Arthur Alphamont',
    'Agathe Alphanor',
    'Mission locale Alphalune',
    'Centre social Alphaprisme',
    'Alphaquartz',
    'alphaindic',
    'Alphaonyx',
    'alphacobalt',
    'alphazinc',
    'alphaglyphe',
    'alpharouge',
    'alphavert',
    'alpharune',
    'alphaneige',
    'alphapluie',
    'alphatrois',
    'Quartier Alphabourg',
    'aide alphasavoir',
    'Conseillere alphamediation',
  ],
  B: [
    SERVER,
    'Zoé Betamarin',
    'Yann Betakayak',
    'Xavier Betaplume',
    'Association Betaflore',
    'Collège Betaroche',
    'Betaquartz',
    'betaindic',
    'Betaonyx',
    'Betatrois',
    'betacobalt',
    'betacuivre',
    'betazinc',
    'betaglyphe',
    'betarouge',
    'betavert',
    'betarune',
    'betaneige',
    'betapluie',
    'Quartier Betabourg',
    'aide betasavoir',
    'Mediatrice betamediation',
  ],
} as const;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u00a0|\u202f/g, ' ')
    .toLowerCase();

/** The markers of `network` found in `text` (accents and case aside). */
export function markersIn(text: string, network: 'A' | 'B'): string[] {
  const folded = fold(text);
  return MARKERS[network].filter((marker) => folded.includes(fold(marker)));
}

/** Fills network A through Slack. */
export async function seedAlpha(t: TwoPlatforms): Promise<void> {
  const { albane, arthur, agathe } = ALPHA;
  const ok = async (text: string, user: FakeUser, expected: string | RegExp) => {
    const sent = await t.slackCommand(text, user);
    expect(sent.text).toMatch(expected);
  };
  await ok('profil structure "Mission locale Alphalune" type ML', albane, 'Alphalune');
  await ok('profil metier "Conseillere alphamediation"', albane, 'alphamediation');
  await ok('profil territoire "Quartier Alphabourg"', albane, 'Alphabourg');
  await ok('profil aide "aide alphasavoir"', albane, 'alphasavoir');
  await ok('profil thematiques logement', albane, /ogement/);
  await ok('profil structure "Centre social Alphaprisme" type CS', arthur, 'Alphaprisme');
  await ok('profil structure "Mission locale Alphalune"', agathe, 'Alphalune');
  await ok('but nouveau "Objectif Alphaquartz" indicateur "alphaindic 3 sur 10"', albane, 'Alphaquartz');
  await ok('but nouveau "Second objectif Alphaonyx"', arthur, 'Alphaonyx');
  await ok(
    `echange rencontre <@${arthur.id}|arthur> structure "Centre social Alphaprisme" #logement but 1 note "note alphacobalt confidentielle"`,
    albane,
    /n°\s?1/,
  );
  await ok('sigle ajouter ALPHAZED "Definition alphazinc du reseau"', agathe, 'ALPHAZED');
  await ok('sondage "Question alphaglyphe ?" "Option alpharouge" "Option alphavert"', albane, 'alphaglyphe');
  await ok(
    'sondage "Question alpharune publique ?" "Choix alphaneige" "Choix alphapluie" public',
    albane,
    'alpharune',
  );
  await ok('sondage "Question alphatrois ?" "Oui" "Non"', arthur, 'alphatrois');
  for (const user of [albane, arthur, agathe]) await ok('vote 1 1', user, 'alpharouge');
  for (const user of [albane, arthur]) await ok('vote 2 2', user, 'alphapluie');
  await ok('diagnostic ici', albane, 'diagnostic');
  for (const user of [albane, arthur]) await ok('cafe oui', user, /caf/i);
  await ok('cafe ici', albane, /caf/i);
}

/** Fills network B through Discord; returns the custom ids of B's poll buttons as posted. */
export async function seedBeta(t: TwoPlatforms): Promise<string[]> {
  const { zoe, yann, xavier } = BETA;
  const ok = async (
    member: FakeMember,
    path: string,
    values: Record<string, string | number | boolean | FakeMember>,
    expected: string | RegExp,
  ) => {
    expect(await t.discordCommand(member, path, values)).toMatch(expected);
  };
  await ok(
    zoe,
    'profil',
    {
      structure: 'Association Betaflore',
      type: 'CCAS',
      metier: 'Mediatrice betamediation',
      territoire: 'Quartier Betabourg',
      aide: 'aide betasavoir',
      thematiques: 'logement',
    },
    'Betaflore',
  );
  await ok(yann, 'profil', { structure: 'Collège Betaroche', type: 'COLLEGE' }, 'Betaroche');
  await ok(xavier, 'profil', { structure: 'Association Betaflore' }, 'Betaflore');
  await ok(
    zoe,
    'but nouveau',
    { titre: 'Objectif Betaquartz', indicateur: 'betaindic 5 sur 10' },
    'Betaquartz',
  );
  await ok(yann, 'but nouveau', { titre: 'Second objectif Betaonyx' }, 'Betaonyx');
  await ok(yann, 'but nouveau', { titre: 'Objectif Betatrois' }, 'Betatrois');
  await ok(
    zoe,
    'echange noter',
    {
      membre: yann,
      structure: 'Collège Betaroche',
      nature: 'rencontre',
      but: 1,
      note: 'note betacobalt confidentielle',
    },
    /n°\s?1/,
  );
  await ok(
    yann,
    'echange noter',
    { membre: xavier, nature: 'appel', note: 'note betacuivre seconde' },
    /n°\s?2/,
  );
  await ok(
    xavier,
    'sigle ajouter',
    { terme: 'BETAZED', definition: 'Definition betazinc du reseau' },
    'BETAZED',
  );
  await ok(
    zoe,
    'sondage creer',
    { question: 'Question betaglyphe ?', options: 'Option betarouge; Option betavert' },
    /n° 1/,
  );
  await ok(
    zoe,
    'sondage creer',
    { question: 'Question betarune publique ?', options: 'Choix betaneige; Choix betapluie', public: true },
    /n° 2/,
  );
  // Votes by clicking the buttons of the posted polls, as members do.
  const ids = pollButtons(t);
  expect(ids).toEqual(expect.arrayContaining(['coop:vote 1 1', 'coop:vote 2 2']));
  for (const member of [zoe, yann, xavier])
    expect(await t.discordClick(member, 'coop:vote 1 2')).toContain('betavert');
  for (const member of [zoe, yann])
    expect(await t.discordClick(member, 'coop:vote 2 1')).toContain('betaneige');
  await ok(zoe, 'diagnostic ici', {}, 'diagnostic');
  for (const member of [zoe, yann]) await ok(member, 'cafe oui', {}, /caf/i);
  await ok(zoe, 'cafe ici', {}, /caf/i);
  return ids;
}

/** Custom ids of the buttons of every message the bot posted in the server's channel. */
export function pollButtons(t: TwoPlatforms): string[] {
  return t.discord
    .messagesIn(t.guild.guild.channelId)
    .flatMap((message) => buttonsOf(message).map((b) => b.custom_id))
    .filter((id) => id.startsWith('coop:vote'));
}
