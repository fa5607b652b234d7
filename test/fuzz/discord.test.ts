// The Discord adapter fed hostile interactions through the real discord.js client and the
// fake Discord: subcommands with hostile options or options of the wrong type,
// autocomplete, clicks and menu choices with forged custom ids (in the guild and in
// private messages), modal submissions with forged ids. Every interaction is answered,
// nothing crashes, a refused input writes nothing, Discord accepts everything sent, and
// everything sent says `allowed_mentions: {parse: []}`: no text can ping anyone.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import type { Reply } from '../../src/core/core.ts';
import type { RecordedCall } from '../discord/fake-discord.ts';
import { dmMessage, type FakeMember, type Interactions, newMember } from '../discord/fixtures.ts';
import { type Bot, networkIdOf, startBot } from '../discord/harness.ts';
import { until } from '../slack/slack-bot.ts';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import {
  type CommandInput,
  commandData,
  commandInput,
  customId,
  type Leaf,
  leavesOf,
  member,
  modalInput,
} from './discord-payloads.ts';
import { fastCounts } from './fast-counts.ts';
import { FUZZ_RUNS, RunCounter, saltOf, settings } from './settings.ts';
import { type WatchedCore, watchCore } from './watched-core.ts';

type Json = Record<string, unknown>;

/** Why a call the bot made could notify someone: its allowed_mentions is not "nobody". */
function mentionProblems(call: RecordedCall): string[] {
  const body = call.body as Json | undefined;
  if (!body || Array.isArray(body) || (call.method !== 'POST' && call.method !== 'PATCH')) return [];
  let message: Json | undefined;
  if (call.path.endsWith('/callback'))
    message = body.type === 4 || body.type === 7 ? (body.data as Json) : undefined;
  else if (/^\/(webhooks|channels)\//.test(call.path)) message = body;
  if (!message) return [];
  const allowed = message.allowed_mentions as Json | undefined;
  const pings =
    !allowed ||
    !Array.isArray(allowed.parse) ||
    allowed.parse.length > 0 ||
    (Array.isArray(allowed.users) && allowed.users.length > 0) ||
    (Array.isArray(allowed.roles) && allowed.roles.length > 0) ||
    allowed.replied_user === true;
  return pings ? [`${call.method} ${call.path}: allowed_mentions ${JSON.stringify(allowed)}`] : [];
}

describeDatabases('fuzzed Discord interactions', (database) => {
  let bot: Bot;
  let g: Interactions;
  let other: Interactions;
  let watched: WatchedCore;
  let coop: Json;
  let leaves: Leaf[];
  let networkId = '';
  let checkedCalls = 0;
  const admin: FakeMember = newMember({ nick: '@everyone <@&1> **Admin**', admin: true });
  const counter = new RunCounter();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  let startedAt = 0;

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    bot = await startBot(database().db, {}, async (parts) => {
      watched = watchCore(parts.core);
      const discord = parts.config.discord ?? (undefined as never);
      return [
        createDiscordAdapter({ ...parts, core: watched.core, discord, rest: { retries: 0, timeout: 5000 } }),
      ];
    });
    g = await bot.newGuild('Réseau <!channel> @everyone');
    other = await bot.newGuild('Autre réseau');
    const registered = bot.fake.commands.guild.get(g.guild.id) ?? [];
    coop = registered.find((c) => c.name === 'coop') ?? {};
    leaves = leavesOf(coop);
    startedAt = performance.now();
    // Stored texts that are hostile, for lists, views and suggestions to echo back.
    const setup: Array<[string, Record<string, string>]> = [
      [
        'sondage creer',
        { question: '<!channel> @everyone quelle date ?', options: '@here; <@&123456789012345678>; **b**' },
      ],
      ['but nouveau', { titre: '@everyone <@123456789012345678> ||but||' }],
      [
        'sigle ajouter',
        { terme: '@here', definition: '<@&123456789012345678> [lien](https://evil.example)' },
      ],
      ['profil', { structure: '@everyone && Co', type: 'ML' }],
    ];
    for (const [path, values] of setup) await bot.fake.callbackOf(String(g.command(admin, path, values).id));
    await bot.fake.callbackOf(
      String(other.command(admin, 'sondage creer', { question: 'Ailleurs ?', options: 'a; b' }).id),
    );
    networkId = await networkIdOf(database().db, g.guild.id);
    // The one-query counts the properties use are the shared helper's.
    expect(await fastCounts(database().db, networkId)).toEqual(await rowCounts(database().db, networkId));
  }, 60_000);
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    counter.print(`Discord interactions [${database().kind}]`, startedAt);
    await bot?.stop();
  });

  function checkOutput(): void {
    const calls = bot.fake.calls.slice(checkedCalls);
    checkedCalls = bot.fake.calls.length;
    for (const call of calls) {
      expect(mentionProblems(call)).toEqual([]);
      // Discord would have refused it (limits, an answer given twice…).
      if (call.method !== 'GET')
        expect(call.status, `${call.method} ${call.path} ${JSON.stringify(call.response)}`).toBeLessThan(400);
    }
  }

  /**
   * Makes `who` a member first. The adapter enters a newcomer (a member row with their
   * name) even to refuse them — an unknown button, a refused modal — which is reported,
   * not fixed here (handle-interaction.ts, submit-form.ts): the check below stays strict.
   */
  async function known(who: FakeMember): Promise<void> {
    await bot.app.core.enter({
      platform: 'discord',
      space: { externalId: g.guild.id, name: g.guild.name },
      user: { externalId: who.id, displayName: who.nick ?? who.username, isPlatformAdmin: false },
    });
  }

  /** Sends one interaction: answered, no error logged, nothing written when refused. */
  async function interact(label: string, who: FakeMember, dispatch: () => Json): Promise<void> {
    const { db } = database();
    await known(who);
    const counts = await fastCounts(db, networkId);
    const before = watched.replies.length;
    const logged = bot.logger.entries.length;
    const interaction = dispatch();
    const callback = await bot.fake.callbackOf(String(interaction.id), 15_000);
    const type = (callback.body as Json | undefined)?.type;
    // A deferred answer: the core is still at work.
    if (type === 5 || type === 6) await until(() => watched.replies.length > before, 15_000);
    const reply: Reply | undefined = watched.replies[before];
    counter.add(label, reply !== undefined && !reply.failed);
    // Refused by the core, or by the adapter itself (an answer the core did not give); an
    // autocomplete answer (8) only reads.
    const unchanged = reply ? reply.failed : type === 4 || type === 8;
    if (unchanged) expect(await fastCounts(db, networkId)).toEqual(counts);
    const errors = bot.logger.entries.slice(logged).filter((e) => e.level === 'error');
    expect(errors.map((e) => ({ message: e.message, ...e.context }))).toEqual([]);
    checkOutput();
  }

  it('answers every subcommand with hostile or mistyped options', async () => {
    const property = fc.asyncProperty(
      fc.constant(null).chain(() => commandInput(leaves)),
      member,
      async (input: CommandInput, who) => {
        await interact('subcommands', who, () => {
          const payload = g.template(who);
          payload.data = commandData(coop, g.guild.id, input);
          return g.raw(payload);
        });
      },
    );
    await fc.assert(property, settings(FUZZ_RUNS, saltOf('discord-command')));
  }, 240_000);

  it('answers autocomplete on hostile input from the network only, within limits', async () => {
    const focusable = () => leaves.filter((l) => l.options.some((o) => o.autocomplete === true));
    const property = fc.asyncProperty(
      fc.constant(null).chain(() => commandInput(focusable())),
      member,
      async (input, who) => {
        const target = input.leaf.options.find((o) => o.autocomplete === true);
        const focused = target ? String(target.name) : '';
        const values = input.values.some(([o]) => o === target)
          ? input.values
          : [...input.values, [target ?? {}, '<!here> @everyone'] as [Json, unknown]];
        await interact('autocomplete', who, () => {
          const payload = g.template(who);
          payload.type = 4;
          payload.data = commandData(coop, g.guild.id, { leaf: input.leaf, values }, focused);
          return g.raw(payload);
        });
      },
    );
    await fc.assert(property, settings(Math.ceil(FUZZ_RUNS / 4), saltOf('discord-autocomplete')));
  }, 240_000);

  it('answers clicks and menu choices with forged custom ids, in the guild and in private', async () => {
    const kind = fc.constantFrom('button', 'button', 'menu', 'dm-button');
    const property = fc.asyncProperty(
      kind,
      fc.constant(null).chain(() => customId(other.guild.id)),
      member,
      async (k, id, who) => {
        await interact(`components (${k})`, who, () => {
          if (k === 'menu') return g.select(who, 'coopmenu:1', [id]);
          if (k === 'dm-button') return g.dmButton(g.join(who), id, dmMessage());
          return g.button(who, id);
        });
      },
    );
    await fc.assert(property, settings(Math.ceil(FUZZ_RUNS / 2), saltOf('discord-component')));
  }, 240_000);

  it('answers modal submissions with forged ids and hostile values', async () => {
    const property = fc.asyncProperty(modalInput, member, async (input, who) => {
      await interact('modal submissions', who, () => g.modal(who, input.customId, input.values));
    });
    await fc.assert(property, settings(Math.ceil(FUZZ_RUNS / 2), saltOf('discord-modal')));
  }, 240_000);

  it('sent nothing that could ping once everything settled, and left no promise rejected unhandled', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    checkOutput();
    expect(rejections).toEqual([]);
    expect(bot.fake.calls.filter((c) => c.path.endsWith('/callback')).length).toBeGreaterThan(FUZZ_RUNS);
  });
});
