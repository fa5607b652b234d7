// What a hostile Discord sends: `/coop` subcommands (read from the command the bot
// registered, so new ones are covered) with hostile string options and options of the
// wrong type, autocomplete requests, clicks and menu choices with forged custom ids, and
// modal submissions with forged ids and values.
import fc from 'fast-check';
import { commands } from '../../src/core/commands/index.ts';
import { storable } from '../../src/core/text/storable.ts';
import { type FakeMember, newMember } from '../discord/fixtures.ts';
import { commandLines } from './command-lines.ts';
import { hostileText, shortHostile } from './hostile-text.ts';

type Json = Record<string, unknown>;

export interface Leaf {
  /** The subcommand's path of names: `sondage creer`. */
  path: string[];
  /** The registered options of the subcommand. */
  options: Json[];
}

const SUBCOMMAND = 1;
const GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
const USER = 6;

/** Every subcommand of the registered `/coop`. */
export function leavesOf(coop: Json): Leaf[] {
  const leaves: Leaf[] = [];
  for (const entry of (coop.options as Json[] | undefined) ?? []) {
    if (entry.type === SUBCOMMAND)
      leaves.push({ path: [String(entry.name)], options: (entry.options as Json[]) ?? [] });
    if (entry.type === GROUP)
      for (const sub of (entry.options as Json[] | undefined) ?? [])
        leaves.push({ path: [String(entry.name), String(sub.name)], options: (sub.options as Json[]) ?? [] });
  }
  return leaves;
}

/** A guild member with a hostile server name (storable: names as given crash PostgreSQL, reported). */
export const member: fc.Arbitrary<FakeMember> = fc
  .tuple(shortHostile, fc.boolean(), fc.constantFrom('fr', 'en-US', 'de', 'ar'))
  .map(([nick, admin, locale]) => newMember({ nick: storable(nick.slice(0, 32)), admin, locale }));

/** An option's value as Discord would send it, or of another type altogether. */
function valueFor(option: Json): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(1e21),
    fc.constant(-0.5),
  );
  const right: fc.Arbitrary<unknown> =
    option.type === STRING
      ? hostileText
      : option.type === INTEGER
        ? fc.oneof(
            fc.integer({ min: -2, max: 5 }),
            fc.constantFrom(0, 2 ** 31, 2 ** 53 + 2, 1e21, Number.MAX_SAFE_INTEGER),
          )
        : option.type === BOOLEAN
          ? fc.boolean()
          : member;
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

export interface CommandInput {
  leaf: Leaf;
  values: Array<[Json, unknown]>;
}

/** A subcommand and values for some of its options (required ones may be missing: forged). */
export function commandInput(leaves: readonly Leaf[]): fc.Arbitrary<CommandInput> {
  return fc.constantFrom(...leaves).chain((leaf) =>
    fc
      .subarray(leaf.options, { minLength: 0 })
      .chain((chosen) => fc.tuple(...chosen.map((o) => valueFor(o).map((v) => [o, v] as [Json, unknown]))))
      .map((values) => ({ leaf, values })),
  );
}

/** The `data` of a chat input interaction (or an autocomplete one, with `focused`). */
export function commandData(coop: Json, guildId: string, input: CommandInput, focused?: string): Json {
  const users: Json = {};
  const members: Json = {};
  const leaves = input.values.map(([option, value]) => {
    const base = {
      name: option.name,
      type: option.type,
      ...(option.name === focused ? { focused: true } : {}),
    };
    if (option.type === USER && typeof value === 'object' && value !== null) {
      const m = value as FakeMember;
      users[m.id] = {
        id: m.id,
        username: m.username,
        global_name: m.globalName ?? null,
        discriminator: '0',
        avatar: null,
      };
      members[m.id] = {
        nick: m.nick ?? null,
        roles: [],
        joined_at: '2025-01-01T00:00:00.000Z',
        permissions: '3072',
        deaf: false,
        mute: false,
        flags: 0,
      };
      return { ...base, value: m.id };
    }
    // Profile fields given together become a form submission, whose values are stored as
    // given: a NUL or a lone surrogate there crashes PostgreSQL (reported: forms.ts).
    const written = typeof value === 'string' && input.leaf.path[0] === 'profil' ? storable(value) : value;
    return { ...base, value: written };
  });
  let options: Json[] = leaves;
  const { path } = input.leaf;
  for (let i = path.length - 1; i >= 0; i--)
    options = [{ name: path[i], type: i === path.length - 1 ? SUBCOMMAND : GROUP, options }];
  const hasUsers = Object.keys(users).length > 0;
  return {
    id: coop.id,
    name: 'coop',
    type: 1,
    guild_id: guildId,
    options,
    ...(hasUsers ? { resolved: { users, members } } : {}),
  };
}

const anyLine = fc.constantFrom(...commands).chain((command) => commandLines(command).map((l) => l.text));

/** A custom id Maillage could have made, one it never made, or one made for another guild. */
export function customId(otherGuild: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: anyLine.map((line) => `coop:${line}`) },
    { weight: 1, arbitrary: anyLine.map((line) => `coopg:${otherGuild}:${line}`) },
    { weight: 1, arbitrary: hostileText.map((text) => `coopg:${text}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'coop:vote 1 1',
        'coop:oubli confirmer',
        'coop:sondage fermer 1',
        'coop:',
        'coopg::',
        'coop#',
        'coop#AAAAAAAAAAAAAAAAAAAAAA',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'coopform:fix:poll',
        'coopform:confirm:profile',
        'coopform:fix:',
        'coopform:confirm:__proto__',
        'coopmenu:0',
      ),
    },
    { weight: 1, arbitrary: hostileText },
  );
}

export type ComponentKind = 'button' | 'menu' | 'dm-button';

const FIELD_IDS = [
  'question',
  'options',
  'deadline',
  'settings',
  'organisation',
  'roleTitle',
  'territory',
  'themes',
  'helpOffer',
  'intrus',
];

export interface ModalInput {
  customId: string;
  values: Record<string, string>;
}

export const modalInput: fc.Arbitrary<ModalInput> = fc.record({
  customId: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('coopform:poll', 'coopform:profile') },
    { weight: 1, arbitrary: hostileText.map((t) => `coopform:${t}`.slice(0, 100)) },
    { weight: 1, arbitrary: shortHostile },
  ),
  // Modal values with a NUL or a lone surrogate are made storable (reported: forms.ts).
  values: fc.dictionary(
    fc.constantFrom(...FIELD_IDS),
    hostileText.map((t) => storable(t).slice(0, 4000)),
    { maxKeys: 6 },
  ),
});
