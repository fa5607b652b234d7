// A small fictional network to try Maillage with: organisations of a neighbourhood,
// their people, a few informal exchanges, a shared goal and two polls, enough for every
// section of the digest (`diagnostic`) to have something to say. Fictional names only.

import { addDays, zonedDate } from '../args/zoned-time.ts';
import { parseDay } from '../digest/period.ts';
import type { Network, Space } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { fold } from '../text/fold.ts';

export const DEMO_SPACE_ID = 'demo';
const DEMO_NETWORK_NAME = 'Réseau de démonstration (Cergy)';

const ORGANISATIONS = [
  { key: 'prev', name: 'Club de prévention Les Linandes', type: 'PREVENTION' },
  { key: 'pre', name: 'Programme de Réussite Éducative de Cergy', type: 'PRE' },
  { key: 'cs', name: 'Centre social des Touleuses', type: 'CS' },
  { key: 'ml', name: 'Mission locale de Cergy', type: 'ML' },
  { key: 'college', name: 'Collège Les Explorateurs', type: 'COLLEGE' },
] as const;

const MEMBERS = [
  {
    name: 'Samia Benali',
    org: 'prev',
    role: 'Éducatrice spécialisée',
    themes: ['famille', 'remobilisation'],
  },
  { name: 'Thomas Leroy', org: 'pre', role: 'Coordinateur PRE', themes: ['famille', 'se-former'] },
  {
    name: 'Aminata Diallo',
    org: 'cs',
    role: 'Référente familles',
    themes: ['famille', 'logement-hebergement', 'numerique'],
  },
  {
    name: 'Julien Martin',
    org: 'ml',
    role: 'Conseiller en insertion',
    themes: ['trouver-un-emploi', 'mobilite'],
  },
  {
    name: 'Claire Dubois',
    org: 'college',
    role: "Conseillère principale d'éducation",
    themes: ['se-former'],
  },
] as const;

export interface DemoSummary {
  created: boolean;
  organisations: number;
  members: number;
  exchanges: number;
}

/**
 * Fills a freshly created demo space; does nothing if it already has organisations. The
 * visitor (`visitorId`) is named in one exchange, so that `echange liste` shows something.
 */
export async function seedDemoNetwork(
  repos: Repositories,
  space: Space,
  today: string,
  visitorId?: string,
): Promise<DemoSummary> {
  const networkId = space.networkId;
  const existing = await repos.organisations.list(networkId);
  if (existing.length > 0) {
    return {
      created: false,
      organisations: existing.length,
      members: (await repos.members.list(networkId)).length,
      exchanges: await repos.exchanges.count(networkId),
    };
  }
  const network = await repos.networks.update(networkId, { name: DEMO_NETWORK_NAME });
  // Dated things happen at the start of today, so a preview of the last days shows them.
  const morning = zonedDate(parseDay(today), network.timeZone);
  const orgIds = new Map<string, string>();
  // The fictional network has existed for a while: its organisations are older than its exchanges.
  const founded = new Date(morning.getTime() - 60 * 86_400_000);
  for (const org of ORGANISATIONS) {
    const created = await repos.organisations.create(networkId, org.name, org.type, founded);
    orgIds.set(org.key, created.ok ? created.value.id : created.error.existing.id);
  }
  const memberIds: string[] = [];
  for (const m of MEMBERS) {
    const member = await repos.members.resolveIdentity(space, shellIdentity(m.name), m.name);
    await repos.members.updateProfile(networkId, member.id, {
      organisationId: orgIds.get(m.org) ?? null,
      roleTitle: m.role,
      territory: 'Cergy',
      themes: [...m.themes],
      // Everyone in the demo takes part in the café coopération (`cafe lancer` shows a round).
      cafeOptIn: true,
    });
    memberIds.push(member.id);
  }
  const [samia, thomas, aminata, julien, claire] = memberIds as [string, string, string, string, string];
  await repos.members.setFacilitator(networkId, thomas, true);
  const goal = await repos.goals.create(networkId, {
    title: 'Aucun jeune sans solution à la sortie du collège',
    description: "Repérer ensemble, avant l'été, les collégiens sans affectation et les accompagner.",
    indicator: 'Jeunes sans solution en septembre : objectif zéro',
    status: 'proposed',
    authorId: thomas,
    at: morning,
  });
  await repos.goals.updateStatus(networkId, goal.id, { status: 'active', authorId: thomas, at: morning });
  const you = visitorId ? [visitorId] : [];
  const exchanges = [
    {
      authorId: samia,
      kind: 'call',
      memberIds: [thomas, ...you],
      themes: ['famille', 'logement-hebergement'],
      goalId: null,
      daysAgo: 0,
    },
    {
      authorId: julien,
      kind: 'handover',
      memberIds: [samia],
      themes: ['trouver-un-emploi'],
      goalId: goal.id,
      daysAgo: 0,
    },
    {
      authorId: claire,
      kind: 'meeting',
      memberIds: [thomas, aminata],
      themes: ['se-former'],
      goalId: goal.id,
      // Five weeks ago: the college and the social centre then show as blind spots.
      daysAgo: 35,
    },
  ] as const;
  for (const { daysAgo, ...e } of exchanges) {
    const day = addDays(parseDay(today), -daysAgo);
    await repos.exchanges.create(networkId, {
      ...e,
      memberIds: [...e.memberIds],
      themes: [...e.themes],
      occurredOn: `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`,
      note: null,
      organisationIds: [],
    });
  }
  await seedPolls(repos, network, space, memberIds, morning);
  return {
    created: true,
    organisations: ORGANISATIONS.length,
    members: MEMBERS.length,
    exchanges: exchanges.length,
  };
}

/** A public poll closed this morning (three answers, so its breakdown shows) and one still open. */
async function seedPolls(
  repos: Repositories,
  network: Network,
  space: Space,
  voters: string[],
  morning: Date,
) {
  const common = { multiple: false, maxChoices: null, goalId: null, spaceId: space.id, channelId: null };
  const closed = await repos.polls.create(network.id, {
    ...common,
    authorId: voters[1] ?? '',
    question: 'Quel jour pour le prochain petit-déjeuner partenaires ?',
    options: ['Mardi', 'Jeudi'],
    anonymous: false,
    closesAt: morning,
  });
  const [tuesday, thursday] = closed.options;
  for (const [index, voter] of voters.slice(0, 3).entries()) {
    const option = index === 0 ? thursday : tuesday;
    if (option) await repos.polls.setVote(network.id, closed.id, voter, [option.id]);
  }
  await repos.polls.close(network.id, closed.id, morning);
  await repos.polls.create(network.id, {
    ...common,
    authorId: voters[0] ?? '',
    question: 'Quel thème pour la prochaine réunion de réseau ?',
    options: ['Décrochage scolaire', 'Santé mentale des jeunes', 'Mobilité'],
    anonymous: true,
    closesAt: new Date(morning.getTime() + 7 * 86_400_000 + 12 * 3_600_000),
  });
}

/** How the shell names a member it acts as: stable across runs, independent of case and accents. */
export function shellIdentity(name: string): string {
  return `name:${fold(name)}`;
}
