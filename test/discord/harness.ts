// Starts Maillage the way operators do (startApp from a parsed configuration) against the
// fake Discord, and helps read what the bot answered.

import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { parseConfig } from '../../src/config.ts';
import type { Clock } from '../../src/core/ports.ts';
import { type AppOptions, type RunningApp, startApp } from '../../src/main.ts';
import { RecordingLogger } from '../support/fakes.ts';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord, type FakeGuild, type RecordedCall } from './fake-discord.ts';
import { Interactions } from './fixtures.ts';

type Json = Record<string, unknown>;

export interface Bot {
  fake: FakeDiscord;
  app: RunningApp;
  logger: RecordingLogger;
  stop(): Promise<void>;
  /** A guild joined while running (Discord sends GUILD_CREATE), once `/coop` is registered on it. */
  newGuild(name?: string): Promise<Interactions>;
}

export async function startBot(
  db: Database,
  env: Record<string, string> = {},
  adapters?: AppOptions['adapters'],
  options: { clock?: Clock } = {},
): Promise<Bot> {
  const fake = await FakeDiscord.start();
  fake.addGuild('Serveur de départ');
  const parsed = parseConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: `${fake.url}/api`,
    PORT: '0',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const logger = new RecordingLogger();
  const app = await startApp({
    config: parsed.value,
    db,
    secret: 'a-test-secret-that-is-at-least-32-characters-long',
    logger,
    processId: 'discord-test',
    ticker: false,
    host: '127.0.0.1',
    ...(adapters ? { adapters } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  }).catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  return {
    fake,
    app,
    logger,
    async stop() {
      await app.stop();
      await fake.close();
    },
    async newGuild(name) {
      const from = fake.calls.length;
      const guild = fake.addGuild(name);
      await fake.waitFor(
        (c) => c.method === 'PUT' && c.path.endsWith(`/guilds/${guild.id}/commands`),
        10_000,
        from,
      );
      return new Interactions(fake, guild);
    },
  };
}

/** The callback's message data (type 4), or undefined. */
export const dataOf = (call: RecordedCall): Json => ((call.body as Json).data ?? {}) as Json;

/**
 * Everything readable in a message body: content, embed titles, descriptions and fields;
 * the narrow no-break spaces of French typography read as spaces.
 */
export function textOf(body: Json | undefined): string {
  if (!body) return '';
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  const parts = [String(body.content ?? '')];
  for (const embed of embeds) {
    parts.push(String(embed.title ?? ''), String(embed.description ?? ''));
    for (const field of (embed.fields as Json[] | undefined) ?? [])
      parts.push(`${field.name}: ${field.value}`);
  }
  return parts
    .filter(Boolean)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** Custom ids of the buttons in a message body. */
export function buttonsOf(body: Json | undefined): Array<{ label: string; custom_id: string }> {
  const rows = (body?.components as Json[] | undefined) ?? [];
  return rows.flatMap((row) => (row.components as Array<{ label: string; custom_id: string }>) ?? []);
}

/** Everything the bot sent about one interaction: its callback and its follow-ups. */
export async function answersTo(fake: FakeDiscord, interaction: Json, settleMs = 150): Promise<Json[]> {
  const callback = await fake.callbackOf(String(interaction.id));
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const token = String(interaction.token);
  const followUps = fake.calls.filter(
    (c) => c.method === 'POST' && c.path.endsWith(`/webhooks/${APPLICATION_ID}/${token}`),
  );
  return [dataOf(callback), ...followUps.map((c) => c.body as Json)];
}

export type { FakeGuild };

/** The network a guild is the space of (once someone used /coop there). */
export async function networkIdOf(db: Database, guildId: string): Promise<string> {
  const [space] = await db.select().from(schema.spaces).where(eq(schema.spaces.externalId, guildId));
  if (!space) throw new Error(`no space for guild ${guildId}`);
  return space.networkId;
}

export async function pollRow(db: Database, networkId: string, ref: number) {
  const [poll] = await db
    .select()
    .from(schema.polls)
    .where(and(eq(schema.polls.networkId, networkId), eq(schema.polls.ref, ref)));
  return poll;
}

/** The message bodies the bot sent or edited: interaction answers, follow-ups, channel posts, DMs. */
export function sentMessages(fake: FakeDiscord): Array<{ call: RecordedCall; body: Json }> {
  const out: Array<{ call: RecordedCall; body: Json }> = [];
  for (const call of fake.calls) {
    const body = call.body as Json | undefined;
    if (!body || Array.isArray(body) || (call.method !== 'POST' && call.method !== 'PATCH')) continue;
    if (call.path.endsWith('/callback')) {
      if (body.type === 4 || body.type === 7) out.push({ call, body: (body.data ?? {}) as Json });
    } else if (/^\/(webhooks|channels)\//.test(call.path)) out.push({ call, body });
  }
  return out;
}
