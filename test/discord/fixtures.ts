// INTERACTION_CREATE payloads as Discord sends them: a chat input command built from the
// command the bot registered (so option types come from the registration, as on Discord),
// a button or menu click, a modal submission, an autocomplete request.
import { type FakeDiscord, type FakeGuild, nextId, type StoredMessage } from './fake-discord.ts';

type Json = Record<string, unknown>;

export interface FakeMember {
  id: string;
  username: string;
  globalName?: string | null;
  nick?: string | null;
  /** Has Manage Server. */
  admin?: boolean;
  locale?: string;
}

let members = 0;
export function newMember(overrides: Partial<FakeMember> = {}): FakeMember {
  members += 1;
  return { id: nextId(), username: `membre${members}`, globalName: `Membre ${members}`, ...overrides };
}

const VIEW_AND_SEND = 1024n | 2048n;
const MANAGE_GUILD = 32n;

function userJson(m: FakeMember): Json {
  return {
    id: m.id,
    username: m.username,
    global_name: m.globalName ?? null,
    discriminator: '0',
    avatar: null,
  };
}

function memberJson(m: FakeMember, withUser: boolean): Json {
  const permissions = m.admin ? VIEW_AND_SEND | MANAGE_GUILD : VIEW_AND_SEND;
  return {
    ...(withUser ? { user: userJson(m) } : {}),
    nick: m.nick ?? null,
    roles: [],
    joined_at: '2025-01-01T00:00:00.000Z',
    permissions: String(permissions),
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
}

export type OptionInput = string | number | boolean | FakeMember;

export class Interactions {
  constructor(
    private readonly fake: FakeDiscord,
    readonly guild: FakeGuild,
  ) {}

  private base(type: number, member: FakeMember, data: Json | undefined, extra: Json = {}): Json {
    const id = nextId();
    const { guild } = this;
    this.fake.knowMember(guild.id, memberJson(member, true));
    return {
      id,
      application_id: this.fake.commands.global[0]?.application_id ?? '123456789012345678',
      type,
      token: `interaction-token-${id}`,
      version: 1,
      ...(data ? { data } : {}),
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'fr', features: [] },
      guild_locale: 'fr',
      channel_id: guild.channelId,
      channel: { id: guild.channelId, type: 0, guild_id: guild.id, name: 'general', position: 0 },
      member: memberJson(member, true),
      locale: member.locale ?? 'fr',
      app_permissions: String(VIEW_AND_SEND),
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    };
  }

  /**
   * The registered command a path of the core's words is typed with (guild scope first, else
   * global): `config nom` with `/coop-config` (as `nom`), everything else with `/coop`.
   */
  private commandOf(path: string): { command: Json; names: string[] } {
    const registered = this.fake.commands.guild.get(this.guild.id) ?? this.fake.commands.global;
    const [first = '', ...rest] = path.split(' ');
    const own = registered.find((c) => c.name === `coop-${first}`);
    if (own) return { command: own, names: rest };
    const coop = registered.find((c) => c.name === 'coop');
    if (!coop) throw new Error(`/coop is not registered for guild ${this.guild.id}`);
    return { command: coop, names: [first, ...rest] };
  }

  /** `path` is the subcommand's French names: `sondage creer`, `vote`, `config nom`. */
  private commandData(path: string, values: Record<string, OptionInput>, focused?: string): Json {
    const { command, names } = this.commandOf(path);
    const resolved = { users: {} as Json, members: {} as Json };
    let level = command.options as Json[];
    const chain: Json[] = [];
    for (const name of names) {
      const entry = level.find((o) => o.name === name);
      if (!entry) throw new Error(`no subcommand ${name} in ${path}`);
      chain.push({ type: entry.type, name });
      level = (entry.options as Json[] | undefined) ?? [];
    }
    const leaves = Object.entries(values).map(([name, value]) => {
      const def = level.find((o) => o.name === name);
      if (!def) throw new Error(`no option ${name} in ${path}`);
      if (typeof value === 'object') {
        this.fake.knowMember(this.guild.id, memberJson(value, true));
        resolved.users[value.id] = userJson(value);
        resolved.members[value.id] = memberJson(value, false);
        return { name, type: def.type, value: value.id };
      }
      return { name, type: def.type, value, ...(name === focused ? { focused: true } : {}) };
    });
    let options: Json[] = leaves;
    for (const link of chain.reverse()) options = [{ ...link, options }];
    const hasUsers = Object.keys(resolved.users).length > 0;
    return {
      id: command.id,
      name: command.name,
      type: 1,
      guild_id: this.guild.id,
      options,
      ...(hasUsers ? { resolved } : {}),
    };
  }

  command(member: FakeMember, path: string, values: Record<string, OptionInput> = {}): Json {
    return this.fake.dispatchInteraction(this.base(2, member, this.commandData(path, values)));
  }

  autocomplete(member: FakeMember, path: string, values: Record<string, OptionInput>, focused: string): Json {
    return this.fake.dispatchInteraction(this.base(4, member, this.commandData(path, values, focused)));
  }

  button(member: FakeMember, customId: string, message?: StoredMessage): Json {
    const data = { custom_id: customId, component_type: 2 };
    return this.fake.dispatchInteraction(
      this.base(3, member, data, { message: message ?? this.someMessage() }),
    );
  }

  /** A member of the guild who has not used Maillage yet (Discord knows them). */
  join(member: FakeMember): FakeMember {
    this.fake.knowMember(this.guild.id, memberJson(member, true));
    return member;
  }

  /** A click on a button of a private message from the bot: no guild, no member, a DM channel. */
  dmButton(member: FakeMember, customId: string, message: StoredMessage): Json {
    const payload = this.base(3, member, { custom_id: customId, component_type: 2 }, { message });
    for (const key of ['guild_id', 'guild', 'guild_locale', 'member']) delete payload[key];
    payload.user = userJson(member);
    payload.channel = { id: message.channel_id, type: 1 };
    payload.channel_id = message.channel_id;
    payload.context = 1;
    payload.authorizing_integration_owners = { '0': this.guild.id };
    return this.fake.dispatchInteraction(payload);
  }

  select(member: FakeMember, customId: string, values: string[], message?: StoredMessage): Json {
    const data = { custom_id: customId, component_type: 3, values };
    return this.fake.dispatchInteraction(
      this.base(3, member, data, { message: message ?? this.someMessage() }),
    );
  }

  modal(member: FakeMember, customId: string, values: Record<string, string>): Json {
    const components = Object.entries(values).map(([id, value], i) => ({
      type: 18,
      id: i + 1,
      component: { type: 4, id: i + 10, custom_id: id, value },
    }));
    return this.fake.dispatchInteraction(this.base(5, member, { custom_id: customId, components }));
  }

  /** Any payload, as given (to send malformed ones). */
  raw(payload: Json): Json {
    return this.fake.dispatchInteraction(payload);
  }

  /** A well-formed payload to break on purpose. */
  template(member: FakeMember, path = 'aide'): Json {
    return this.base(2, member, this.commandData(path, {}));
  }

  private someMessage(): StoredMessage {
    // The bot's ephemeral answer in the guild's channel.
    return { ...dmMessage(), channel_id: this.guild.channelId, flags: 64 };
  }
}

/** A message of the bot in a private channel (what a DM button is clicked on). */
export function dmMessage(): StoredMessage {
  return {
    id: nextId(),
    channel_id: nextId(),
    type: 0,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    author: { id: '223456789012345678', username: 'Maillage', discriminator: '0000', bot: true },
  };
}
