// `/coop` and `/coop-config` as Discord registers them: each under 90 % of Discord's limits
// (room for what comes next), localized in French and English, sent with one bulk PUT per guild (at start-up and when a guild is joined) or
// once globally; and the process reports ready on /healthz once connected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import { commandPayload } from '../../adapters/discord/registration.ts';
import { describeDatabases } from '../support/databases.ts';
import { characterCount, commandProblems } from './command-limits.ts';
import { APPLICATION_ID } from './fake-discord.ts';
import { type Bot, startBot } from './harness.ts';

type Json = Record<string, unknown>;

/** Every node of a command: itself, its groups, subcommands, options and choices. */
function nodes(node: Json): Json[] {
  const children = [
    ...((node.options as Json[] | undefined) ?? []),
    ...((node.choices as Json[] | undefined) ?? []),
  ];
  return [node, ...children.flatMap(nodes)];
}

describe('the registration payload', () => {
  const payload = commandPayload() as unknown as Json[];
  const coop = payload[0] as Json;
  const everyNode = payload.flatMap(nodes);

  it('is /coop, /coop-config and /coop-diagnostic, chat input commands that Discord would accept', () => {
    expect(payload.map((c) => c.name)).toEqual(['coop', 'coop-config', 'coop-diagnostic']);
    for (const command of payload) expect(commandProblems(command)).toEqual([]);
  });

  it('keeps each command under 90 % of Discord’s 4,000 characters of names, descriptions and choice values, counting the longest localization', () => {
    const sizes = payload.map(characterCount);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(3600);
    expect(sizes[0]).toBeGreaterThan(2000);
  });

  it('has at most 22 subcommands or groups per level and 22 options per subcommand (90 % of 25)', () => {
    for (const node of everyNode)
      expect(((node.options as Json[] | undefined) ?? []).length).toBeLessThanOrEqual(22);
  });

  it('names everything in lowercase letters, digits, - and _, at most 32 characters, described in 1 to 100', () => {
    for (const node of everyNode) {
      const names = [node.name, ...Object.values((node.name_localizations as Json) ?? {})] as string[];
      const isChoice = 'value' in node;
      for (const name of names) {
        if (isChoice) expect(name.length).toBeLessThanOrEqual(100);
        else expect(name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
        if (!isChoice) expect(name).toBe(name.toLowerCase());
      }
      if (!isChoice) {
        const descriptions = [
          node.description,
          ...Object.values((node.description_localizations as Json) ?? {}),
        ];
        for (const d of descriptions as string[]) expect(d.length).toBeGreaterThan(0);
        for (const d of descriptions as string[]) expect(d.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('localizes every name and description in French and English', () => {
    for (const node of everyNode) {
      expect(Object.keys((node.name_localizations as Json) ?? {}).sort()).toEqual(['en-GB', 'en-US', 'fr']);
      if (!('value' in node))
        expect(Object.keys((node.description_localizations as Json) ?? {}).sort()).toEqual([
          'en-GB',
          'en-US',
          'fr',
        ]);
    }
    const poll = (coop.options as Json[]).find((o) => o.name === 'sondage') as Json;
    expect(poll.name_localizations).toMatchObject({ fr: 'sondage', 'en-US': 'poll' });
  });

  it('types its options (strings, integers, booleans, users, choices, autocomplete) and uses them in guilds only', () => {
    const types = new Set(
      nodes(coop)
        .map((n) => n.type)
        .filter((t) => t !== undefined),
    );
    for (const type of [1, 2, 3, 4, 5, 6]) expect(types).toContain(type);
    expect(nodes(coop).some((n) => n.autocomplete === true)).toBe(true);
    for (const command of payload) expect(command.contexts).toEqual([0]);
  });

  it('routes every subcommand to a verb of a core command, and each of its options to an argument', () => {
    const { routes } = discordCommands();
    const leaves = payload.flatMap((command) =>
      ((command.options as Json[] | undefined) ?? []).flatMap(nodes).filter((n) => n.type === 1),
    );
    expect(routes.size).toBe(leaves.length);
    for (const route of routes.values()) {
      const keys = new Set(route.verb.args.map((a) => a.key));
      for (const to of route.options.values()) expect(keys).toContain(to.arg.key);
    }
    expect(routes.get('coop sondage creer')?.command).toBe('sondage');
    expect(routes.get('coop-config nom')?.verbName).toBe('nom');
  });

  it('is refused by the fake when over Discord’s limits', () => {
    const tooLong = { ...coop, description: 'x'.repeat(101) };
    expect(commandProblems(tooLong).join()).toMatch(/description/);
    const crowded = {
      ...coop,
      options: Array.from({ length: 26 }, (_, i) => ({ type: 1, name: `s${i}`, description: 'd' })),
    };
    expect(commandProblems(crowded).join()).toMatch(/26 options/);
    const heavy = {
      ...coop,
      options: [
        ...(coop.options as Json[]),
        {
          type: 1,
          name: 'long',
          description: 'y'.repeat(100),
          options: Array.from({ length: 25 }, (_, i) => ({
            type: 3,
            name: `o${i}`,
            description: 'z'.repeat(100),
          })),
        },
      ],
    };
    expect(commandProblems(heavy).join()).toMatch(/4,000/);
    expect(commandProblems({ ...coop, name: 'Coop' }).join()).toMatch(/invalid name/);
  });
});

describeDatabases('registering /coop', (database) => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot(database().db);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('connects with the Guilds intent only and PUTs /coop on the guild it starts in', () => {
    const identify = bot.fake.gateway.received.find((f) => f.op === 2);
    expect((identify?.d as Json | undefined)?.intents).toBe(1);
    const [first] = bot.fake.guilds;
    const put = bot.fake.calls.find(
      (c) => c.method === 'PUT' && c.path.includes(`/guilds/${first?.id}/commands`),
    );
    expect(put?.status).toBe(200);
    expect(put?.path).toBe(`/applications/${APPLICATION_ID}/guilds/${first?.id}/commands`);
    expect(put?.headers.authorization).toBe('Bot fake-bot-token.for-tests');
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandPayload())));
  });

  it('PUTs /coop on a guild joined later (GUILD_CREATE), once per guild', async () => {
    const g = await bot.newGuild();
    const puts = bot.fake.calls.filter(
      (c) => c.method === 'PUT' && c.path.includes(`/guilds/${g.guild.id}/`),
    );
    expect(puts).toHaveLength(1);
    expect(
      bot.fake.calls.some((c) => c.method === 'PUT' && c.path === `/applications/${APPLICATION_ID}/commands`),
    ).toBe(false);
  });

  it('answers 200 on /healthz once ready', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.app.port()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', parts: { discord: true, database: true } });
  });

  it('does not start with a token Discord refuses, and says so', async () => {
    await expect(startBot(database().db, { DISCORD_TOKEN: 'not-the-bot-token' })).rejects.toThrow(/token/i);
  });

  it('registers globally with DISCORD_COMMAND_SCOPE=global', async () => {
    const global = await startBot(database().db, { DISCORD_COMMAND_SCOPE: 'global' });
    try {
      const puts = global.fake.calls.filter((c) => c.method === 'PUT');
      expect(puts.map((c) => c.path)).toEqual([`/applications/${APPLICATION_ID}/commands`]);
      expect(global.fake.commands.global.map((c) => c.name)).toEqual([
        'coop',
        'coop-config',
        'coop-diagnostic',
      ]);
      global.fake.addGuild('Rejoint ensuite');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(global.fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    } finally {
      await global.stop();
    }
  });
});
