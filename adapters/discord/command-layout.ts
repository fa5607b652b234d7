// Where the core's commands sit on Discord: `/coop` holds help and the everyday commands,
// `/coop-config` the facilitators' settings, `/coop-diagnostic` the digest (commands of their
// own, so that `/coop` has room: each stays under 90 % of Discord's limits, a test checks it). What each command
// offers comes from the core's declarations (command-definition.ts).

/** [French, English]. */
export type Pair = readonly [string, string];

export interface TopCommand {
  name: Pair;
  description: Pair;
  /** The core's commands it holds, by their first name; `rest`: every command no other holds. */
  holds: readonly string[] | 'rest';
  /** Its subcommands are the verbs of its one core command (`/coop-config nom`). */
  flat?: boolean;
}

export const LAYOUT: readonly TopCommand[] = [
  {
    name: ['coop', 'coop'],
    description: ['Maillage : coopérer en réseau', 'Maillage: network cooperation'],
    holds: 'rest',
  },
  {
    name: ['coop-config', 'coop-config'],
    description: [
      'Maillage : réglages du réseau (facilitateurs)',
      'Maillage: network settings (facilitators)',
    ],
    holds: ['config'],
    flat: true,
  },
  {
    name: ['coop-diagnostic', 'coop-digest'],
    description: ['Maillage : le diagnostic permanent du réseau', 'Maillage: the network’s digest'],
    holds: ['diagnostic'],
    flat: true,
  },
];
