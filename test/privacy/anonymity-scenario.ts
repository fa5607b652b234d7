// A quiet network and an anonymous poll whose four voters' first act is a vote (a click on
// the poll's button, delivered as Slack delivers it), one of them changing her mind; later,
// after other people's activity, the voters do something else and become members; then
// the poll closes. What the attacker may know and what is true are both returned.
import { expect } from 'vitest';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import type { Link, Person } from './anonymity-attacker.ts';
import type { Query } from './anonymity-evidence.ts';

type User = IncomingCommand['user'];
type Where = Pick<IncomingCommand, 'platform' | 'space'>;

const ALICE: User = { externalId: 'UALICEFACI', displayName: 'Alice Martin', isPlatformAdmin: true };
const VOTERS: readonly User[] = [
  { externalId: 'U0BERENICE', displayName: 'Bérénice Aubert', isPlatformAdmin: false },
  { externalId: 'U0CASIMIR7', displayName: 'Casimir Lebrun', isPlatformAdmin: false },
  { externalId: 'U0DOLORES5', displayName: 'Dolorès Vidal', isPlatformAdmin: false },
  { externalId: 'U0EUSTACHE', displayName: 'Eustache Morel', isPlatformAdmin: false },
];
export const OPTIONS = ['Logement', 'Emploi', 'Santé'] as const;
/** Each voter's choices in order (positions): the third changes her mind. */
const CHOICES = [[1], [2], [3, 1], [2]] as const;

let clicks = 0;

async function send(core: Core, where: Where, user: User, text: string, click = false) {
  clicks += 1;
  const reply = await core.handle({
    ...where,
    user,
    channelId: 'C0GENERAL',
    text,
    deliveryKey: click ? `slack:trigger-${clicks}:${Date.now()}.${clicks}` : `slack:command-${clicks}`,
  });
  expect(reply.failed, `${text} → ${JSON.stringify(reply.messages)}`).toBe(false);
}

async function aliceBusy(core: Core, where: Where, n: number) {
  for (let i = 0; i < n; i++)
    await send(core, where, ALICE, `sigle ajouter SIG${clicks} "Sigle numéro ${i}"`);
}

export interface Scenario {
  truth: Set<Link>;
  people: () => Promise<Person[]>;
  options: () => Promise<Map<string, string>>;
  /** The poll's salt or key as stored while it is open (what a copy made then would hold). */
  keys: () => Promise<Buffer[]>;
  /** The voters act again (becoming members), after other people's activity. */
  votersActAgain: () => Promise<void>;
  close: () => Promise<void>;
}

/** `use` gives the core and a superuser query of the moment (the database may be reopened). */
export async function openPollWithFirstActVoters(
  where: Where,
  use: () => { core: Core; query: Query },
): Promise<Scenario> {
  const core = () => use().core;
  const query: Query = (text, params) => use().query(text, params);
  await send(core(), where, ALICE, 'profil structure "CCAS de Cergy" type CCAS');
  await send(
    core(),
    where,
    ALICE,
    `sondage "Quelle priorité pour l'atelier ?" ${OPTIONS.map((o) => `"${o}"`).join(' ')}`,
  );
  await aliceBusy(core(), where, 2);
  const truth = new Set<Link>();
  for (const [i, voter] of VOTERS.entries()) {
    for (const position of CHOICES[i] ?? []) {
      await send(core(), where, voter, `vote 1 ${position}`, true);
      truth.add(`${voter.displayName} → ${OPTIONS[position - 1]}`);
    }
  }
  const pollId = async () =>
    String((await query('select id from polls order by created_at desc limit 1'))[0]?.id);
  return {
    truth,
    async people() {
      const rows = await query(
        `select i.external_id, m.id from member_identities i join members m on m.id = i.member_id`,
      );
      const ids = new Map(rows.map((r) => [String(r.external_id), String(r.id)]));
      return [ALICE, ...VOTERS].map((u) => ({
        memberId: ids.get(u.externalId),
        name: u.displayName,
        identity: `${where.platform}:${u.externalId}`,
      }));
    },
    async options() {
      const rows = await query('select id, label from poll_options where poll_id = $1', [await pollId()]);
      return new Map(rows.map((r) => [String(r.id), String(r.label)]));
    },
    async keys() {
      const id = await pollId();
      const fromKeys = await query(`select key from poll_keys where poll_id = $1`, [id]).catch(
        () => undefined,
      );
      const rows = fromKeys ?? (await query('select salt as key from polls where id = $1', [id]));
      return rows.flatMap((r) =>
        r.key instanceof Uint8Array
          ? [Buffer.from(r.key)]
          : typeof r.key === 'string'
            ? [Buffer.from(r.key)]
            : [],
      );
    },
    async votersActAgain() {
      await aliceBusy(core(), where, 4);
      for (const voter of VOTERS) await send(core(), where, voter, 'profil metier "Éducatrice spécialisée"');
      await aliceBusy(core(), where, 2);
    },
    async close() {
      await send(core(), where, ALICE, 'sondage fermer 1');
      await aliceBusy(core(), where, 3);
    },
  };
}
