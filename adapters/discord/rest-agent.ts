// discord.js sends through undici 6; @slack/bolt brings undici 7, which installs itself as
// the process-wide default dispatcher. discord.js's REST then hands undici 6 multipart
// bodies (file uploads) to undici 7, which cannot read them ("action is not a function").
// Giving discord.js an agent from its own undici keeps both SDKs in one process working.
import { createRequire } from 'node:module';

type Dispatcher = NonNullable<import('discord.js').RESTOptions['agent']>;

/** A connection pool from the undici that @discordjs/rest itself depends on. */
export function discordRestAgent(): Dispatcher {
  const fromHere = createRequire(import.meta.url);
  const fromRest = createRequire(fromHere.resolve('@discordjs/rest'));
  const { Agent } = fromRest('undici') as { Agent: new () => Dispatcher };
  return new Agent();
}
