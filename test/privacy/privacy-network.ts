// A small network in which Zéphyrine Quatrebarbes has left traces everywhere: a profile,
// exchanges she wrote and is named in, a goal and its history, a glossary entry, polls she
// created, votes in public and anonymous polls, a café pairing, audit rows, the digest and
// café channels she chose, and her name and user id written into other free texts. Built
// through the core, as members would; the café round and audit rows through repositories.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import { type newSpace, say } from '../support/fakes.ts';

export const NAME = 'Zéphyrine Quatrebarbes';
export const USER_ID = 'U0ZEPHYR42';
export const ZEPHYRINE = { externalId: USER_ID, displayName: NAME, isPlatformAdmin: false };
export const MARIE = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
export const JEAN = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
export const ALICE = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };

type Where = ReturnType<typeof newSpace>;
type User = IncomingCommand['user'];

/** Runs commands that must succeed. */
export async function run(core: Core, where: Where, user: User, ...lines: string[]) {
  for (const line of lines) {
    const reply = await say(core, where, line, user);
    expect(reply.failed, `${line} → ${reply.text}`).toBe(false);
  }
}

export async function memberId(core: Core, where: Where, user: User): Promise<string> {
  return (await core.enter({ ...where, user })).actor.id;
}

export async function networkId(core: Core, where: Where): Promise<string> {
  return (await core.enter({ ...where, user: ALICE })).network.id;
}

export async function buildNetwork(core: Core, db: Database, where: Where, now: Date) {
  await run(
    core,
    where,
    ZEPHYRINE,
    'profil structure "Mission locale de Cergy" type ML',
    'profil metier "Conseillère en insertion"',
    'profil territoire "Cergy, quartier des Touleuses"',
    'profil thematiques logement, famille',
    'profil aide "accès aux droits des jeunes"',
    'profil langue fr',
    'cafe oui',
  );
  await run(
    core,
    where,
    MARIE,
    'profil structure "CCAS de Cergy" type CCAS',
    'profil thematiques logement, famille',
  );
  await run(core, where, JEAN, 'profil structure "Club de prévention Les Linandes" type PREVENTION');
  await run(core, where, ALICE, `config facilitateur ajouter @"${NAME}"`);
  await run(
    core,
    where,
    ZEPHYRINE,
    `echange appel @"Marie Curie" #logement note "Point préparé par ${NAME} (<@${USER_ID}>)" --ok`,
    `but nouveau "Aucun jeune sans solution" description "Porté par ZÉPHYRINE QUATREBARBES" indicateur "12 sur 20" --ok`,
    'but 1 statut actif',
    `sigle ajouter VVV "Ville vie vacances, demander à zéphyrine quatrebarbes" --ok`,
    `sondage "Quel lieu, ${USER_ID} ?" "Mairie" "Centre social" public --ok`,
    'vote 1 2',
    'diagnostic ici',
    'cafe ici',
  );
  await run(core, where, MARIE, `echange rencontre @"${NAME}" note "note privée de Marie"`, 'vote 1 1');
  await run(core, where, ZEPHYRINE, 'sondage fermer 1');
  await run(
    core,
    where,
    JEAN,
    `echange action @"Marie Curie" @"${NAME}" but 1`,
    'echange appel @"Marie Curie"',
  );
  await run(
    core,
    where,
    ALICE,
    'sondage "Quelle priorité ?" "Logement" "Emploi" public',
    'sondage "Anonyme ?" "Oui" "Non"',
  );
  await run(core, where, ZEPHYRINE, 'vote 2 1', 'vote 3 1');
  await run(core, where, MARIE, 'vote 2 2', 'vote 3 2');
  await run(core, where, JEAN, 'vote 2 1');

  const ids = {
    network: await networkId(core, where),
    zephyrine: await memberId(core, where, ZEPHYRINE),
    marie: await memberId(core, where, MARIE),
    alice: await memberId(core, where, ALICE),
  };
  await createStore(db).run(async (repos) => {
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    if (!found) throw new Error('no space');
    await repos.cafe.createRound(ids.network, {
      slot: new Date(now.getTime() - 86_400_000),
      spaceId: found.space.id,
      channelId: 'c1',
      groups: [[ids.zephyrine, ids.marie]],
    });
    await repos.audit.record(ids.network, {
      actorId: ids.alice,
      action: 'facilitator.add',
      subjectMemberId: ids.zephyrine,
      details: { note: `named ${NAME}`, member: ids.zephyrine },
      at: now,
    });
    await repos.audit.record(ids.network, {
      actorId: ids.zephyrine,
      action: 'poll.close',
      details: { poll: 1 },
      at: now,
    });
  });
  await run(core, where, ZEPHYRINE, 'cafe rencontre 1 oui');
  // Everyone arrived well before the digest's week, so no one is a newcomer in it.
  await db.execute(
    sql`update members set created_at = '2026-01-05T00:00:00Z' where network_id = ${ids.network}`,
  );
  return ids;
}

/** The same person, with the same user id, in another network: none of it may leak. */
export async function buildOtherNetwork(core: Core, where: Where) {
  await run(core, where, ALICE, 'profil');
  await run(
    core,
    where,
    ZEPHYRINE,
    'profil structure "Association du réseau B" type CS',
    'echange appel @"Alice Admin" note "marqueur-reseau-B"',
    'but nouveau "But du réseau B"',
    'sigle ajouter RESB "Sigle du réseau B"',
    'sondage "Question du réseau B ?" "Un" "Deux" public',
    'vote 1 1',
  );
}
