// Part 8, the directory search: `qui …` through the core on a network of 500 members with
// full profiles (gendered roles, territories, themes, help offers, 60 organisations), on
// PGlite and, when TEST_DATABASE_URL is set, on the server. Each search runs next to its
// baseline, the same two reads the command makes (members and organisations, in one
// transaction) without the search; the search alone, in memory, is kept as a detail.
import { type OpenDatabase, openEmbedded, openServer } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { searchMembers } from '../../src/core/directory/search-members.ts';
import type { Repositories } from '../../src/core/ports.ts';
import { TOP_THEMES } from '../../src/core/reference/themes.ts';
import { newSpace, say, testCore } from '../../test/support/fakes.ts';
import { quantile, sample, sampleSideBySide } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';
import { prng } from '../generate-network.ts';

const FULL = { members: 500, organisations: 60, warmUp: 20, runs: 300 };
const SMOKE = { members: 50, organisations: 8, warmUp: 2, runs: 10 };
type Scale = typeof FULL;

/** What people type: exact words, gendered and plural forms, hyphens, acronyms, typos, starts, misses. */
const QUERIES = [
  'logement',
  'éducateur Cergy',
  'conseillère',
  'mission-locale',
  'PRE',
  'animatrices jeunesse',
  'médiatrice Pontoise',
  'educatuer',
  'coord',
  'plombier',
];

const ROLES = [
  'Éducatrice spécialisée',
  'Éducateur spécialisé',
  'Conseillère en insertion',
  'Conseiller principal d’éducation',
  'Animatrice jeunesse',
  'Animateur socioculturel',
  'Médiatrice sociale',
  'Médiateur scolaire',
  'Directrice de centre social',
  'Infirmière scolaire',
  'Assistante sociale',
  'Coordinateur PRE',
  'Référente familles',
  'Chargée de mission politique de la ville',
];
const TERRITORIES = ['Cergy', 'Pontoise', 'Saint-Ouen-l’Aumône', 'Osny', 'Éragny', 'Cergy, Axe majeur'];
const TYPES = ['ML', 'PREVENTION', 'CS', 'PRE', 'COLLEGE', 'CCAS', 'ASSO', 'MEDIATION', 'SERVICE_JEUNESSE'];
const HELP = [
  'accès aux droits des jeunes',
  'logement d’urgence',
  'orientation vers l’emploi',
  'soutien à la parentalité',
  '',
];

/** One network of `scale.members` members with full profiles, built through the repositories. */
async function buildNetwork(database: OpenDatabase, scale: Scale) {
  const core = testCore(database.db);
  const where = newSpace();
  const admin = await core.enter({
    ...where,
    user: { externalId: 'bench', displayName: 'Bench', isPlatformAdmin: true },
  });
  const networkId = admin.network.id;
  const rand = prng(19);
  await createStore(database.db).run(async (repos: Repositories) => {
    const found = await repos.networks.findSpace('shell', where.space.externalId);
    if (!found) throw new Error('bench space not found');
    const organisations: string[] = [];
    for (let i = 0; i < scale.organisations; i++) {
      const type = rand.pick(TYPES);
      const name = type === 'ML' ? `Mission locale ${i}` : `Structure ${type.toLowerCase()} ${i}`;
      const created = await repos.organisations.create(networkId, name, type);
      organisations.push(created.ok ? created.value.id : created.error.existing.id);
    }
    for (let i = 0; i < scale.members; i++) {
      const member = await repos.members.resolveIdentity(found.space, `m${i}`, `Membre ${i} Nom${i % 97}`);
      await repos.members.updateProfile(networkId, member.id, {
        organisationId: rand.pick(organisations),
        roleTitle: rand.pick(ROLES),
        territory: rand.pick(TERRITORIES),
        themes: [rand.pick(TOP_THEMES).code, rand.pick(TOP_THEMES).code],
        helpOffer: rand.pick(HELP) || null,
      });
    }
  });
  return { core, where, networkId };
}

async function measureOn(context: PartContext, label: string, database: OpenDatabase, scale: Scale) {
  const { core, where, networkId } = await buildNetwork(database, scale);
  const store = createStore(database.db);
  const reads = () =>
    store.run((repos) => Promise.all([repos.organisations.list(networkId), repos.members.list(networkId)]));
  const [organisations, members] = await reads();
  const byId = new Map(organisations.map((o) => [o.id, o]));
  let next = 0;
  const query = () => QUERIES[next++ % QUERIES.length] as string;
  const search = async () => {
    const reply = await say(core, where, `qui ${query()}`);
    if (reply.failed) throw new Error(`qui refused: ${reply.text.slice(0, 80)}`);
  };
  const { maillage, bare } = await sampleSideBySide(search, reads, scale);
  const at = `qui on ${scale.members} members, ${label}`;
  for (const [name, q] of [
    ['median', 0.5],
    ['p95', 0.95],
  ] as const)
    context.record({
      metric: `${at}: ${name}`,
      value: quantile(maillage.samples, q),
      unit: 'ms',
      baseline: { value: quantile(bare.samples, q), label: 'the command’s two reads alone' },
    });
  const inMemory = await sample(() => searchMembers(query().split(' '), members, byId), scale);
  const hits = Object.fromEntries(QUERIES.map((q) => [q, searchMembers(q.split(' '), members, byId).length]));
  context.detail(label, { command: maillage, reads: bare, searchInMemory: inMemory, hits });
}

export const directorySearchPart: BenchPart = {
  name: 'qui',
  title: '9. Directory search (qui) on a 500-member network',
  inSuite: true,
  needsServer: false,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const embedded = await openEmbedded(null);
    context.cleanup(() => embedded.close());
    await embedded.migrate();
    context.log(`  ${scale.runs} searches on PGlite`);
    await measureOn(context, 'PGlite', embedded, scale);
    if (!context.serverUrl) return;
    const scratch = await createScratchDatabase(context.serverUrl, 'qui');
    context.cleanup(() => scratch.drop());
    const server = await openServer(scratch.url, { max: 2 });
    context.cleanup(() => server.close());
    await server.migrate();
    context.log(`  ${scale.runs} searches on the server`);
    await measureOn(context, 'server', server, scale);
  },
};
