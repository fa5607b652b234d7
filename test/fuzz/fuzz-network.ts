// A network to fuzz: the demo network's organisations, members, exchanges, goal and polls,
// plus stored texts that are themselves hostile (an organisation, a goal, a glossary term,
// a poll and a member's name full of mentions and markup), so that lists and views
// echo them back; and the people who send the fuzzed commands.
import fc from 'fast-check';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import type { DemoSeeder } from '../../src/core/demo/demo-seeder.ts';
import type { Platform } from '../../src/core/model.ts';
import { storable } from '../../src/core/text/storable.ts';
import { newSpace } from '../support/fakes.ts';
import { shortHostile } from './hostile-text.ts';

export type Space = ReturnType<typeof newSpace>;
type User = IncomingCommand['user'];

export const ADMIN: User = { externalId: 'UADMIN01', displayName: 'Alice Admin', isPlatformAdmin: true };
export const MEMBER: User = { externalId: 'UMEMBRE1', displayName: 'Marc Membre', isPlatformAdmin: false };
export const HOSTILE_NAME = '<!channel> @everyone <@&123456789012345678> **Ève**\u202e_x_';
export const HOSTILE: User = {
  externalId: 'UHOSTIL1',
  displayName: HOSTILE_NAME,
  isPlatformAdmin: false,
  locale: 'en',
};

/** Stored texts the fuzzed commands will read back: each one hostile. */
export const HOSTILE_SETUP = [
  'profil structure "<!here> &amp; **Co** \u202e" type ML',
  'but nouveau "<!channel> @everyone **but**" description "<@U123> ||secret|| `code`"',
  'sigle ajouter "<!here>" "@everyone <@&123456789012345678> [lien](https://evil.example)"',
  'sondage "<!channel> quelle date ?" "@here" "<@U999>" "_a_ **b**" public',
  'echange appel @"Samia Benali" #logement note "<!everyone> $1 \\\\ \'; drop table members; --"',
];

export interface FuzzNetwork {
  space: Space;
  platform: Platform;
  networkId: string;
}

/** Creates and seeds a network on `platform`; returns its space and id. */
/** People the help's examples name (`@Marie`, `@"Jean Dupont"`), besides the demo's. */
const EXAMPLE_PEOPLE = ['Marie Curie', 'Jean Dupont', 'Paul Martin'];

export async function seedFuzzNetwork(
  core: Core,
  demo: DemoSeeder,
  platform: Platform,
): Promise<FuzzNetwork> {
  const space = newSpace(platform);
  await demo.seed({ ...space, user: ADMIN });
  for (const [i, displayName] of EXAMPLE_PEOPLE.entries())
    await core.enter({ ...space, user: { externalId: `UEXAMPLE${i}`, displayName, isPlatformAdmin: false } });
  for (const text of HOSTILE_SETUP) {
    const reply = await core.handle({ ...space, user: HOSTILE, channelId: 'c1', text });
    if (reply.failed) throw new Error(`setup line refused: ${text}`);
  }
  const { network } = await core.enter({ ...space, user: ADMIN });
  return { space, platform, networkId: network.id };
}

/** Who sends a fuzzed command: a facilitator, a member, the hostile member, or a newcomer. */
export const actor: fc.Arbitrary<User> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(ADMIN) },
  { weight: 2, arbitrary: fc.constantFrom(MEMBER, HOSTILE) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 30 }),
        shortHostile,
        fc.constantFrom<'fr' | 'en' | undefined>('fr', 'en', undefined),
      )
      .map(([n, name, locale]) => ({
        externalId: `UNEW${String(n).padStart(4, '0')}`,
        // Platforms give names of a few dozen characters. A NUL or a lone surrogate in a name
        // is replaced here: the core stores names as given and PostgreSQL refuses both
        // (reported, not fixed: the fix belongs to core.ts).
        displayName: storable(name.slice(0, 80)),
        isPlatformAdmin: false,
        ...(locale ? { locale } : {}),
      })),
  },
);
