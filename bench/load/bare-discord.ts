// The baseline of the Discord part: a bare discord.js client, nothing of Maillage — the Guilds
// intent, REST at DISCORD_API_URL, and every interaction answered at once with a constant
// ephemeral message. Run as a process of its own: `node --import tsx bench/load/bare-discord.ts`
// with DISCORD_TOKEN and DISCORD_API_URL; prints `ready` once the gateway is.
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: env('DISCORD_API_URL') } });
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isRepliable()) return;
  interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral }).catch((error: unknown) => {
    process.stderr.write(`reply failed: ${(error as Error).message}\n`);
  });
});
client.once(Events.ClientReady, () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  void client.destroy().finally(() => process.exit(143));
});
await client.login(env('DISCORD_TOKEN'));
