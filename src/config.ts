// The one place that reads the environment. Every variable of PRODUCT.md is parsed
// once into a typed, frozen object that the composition root passes down.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isValidCronExpression } from './core/cron-expression.ts';
import { LOCALES, type Locale } from './core/locale.ts';
import { err, ok, type Result } from './core/result.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  slack:
    | { mode: 'http'; botToken: string; signingSecret: string; apiUrl: string | undefined }
    | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | undefined }
    | undefined;
  discord:
    | {
        token: string;
        applicationId: string;
        apiUrl: string | undefined;
        /** Where /coop is registered: on each guild at start-up (instant) or globally. */
        commandScope: 'guild' | 'global';
      }
    | undefined;
  port: number;
  /** Where members reach Maillage's HTTP server (the web view's links); undefined: localhost. */
  publicUrl: string | undefined;
  locale: Locale;
  timeZone: string;
  secret: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** LOG_LEVEL was given: the interactive shell then logs at that level too (else at warn). */
  logLevelGiven: boolean;
  digestCron: string;
  /** Days a network's data is kept after the bot was removed from all its workspaces and servers. */
  uninstallGraceDays: number;
  testDatabaseUrl: string | undefined;
}

const optional = z.string().optional();
const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a PostgreSQL URL (postgres://user@host:5432/db)');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().default('./.maillage'),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must start with xapp- (an app-level token)').optional(),
  SLACK_API_URL: httpUrl.optional(),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{15,22}$/, 'must be the numeric application id')
    .optional(),
  DISCORD_API_URL: httpUrl.optional(),
  DISCORD_COMMAND_SCOPE: z.enum(['guild', 'global'], { error: 'must be guild or global' }).default('guild'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 (any free port) and 65535')
    .max(65535, 'must be between 0 (any free port) and 65535')
    .default(3000),
  MAILLAGE_PUBLIC_URL: httpUrl.optional(),
  MAILLAGE_LOCALE: z.enum(LOCALES, { error: 'must be fr or en' }).default('fr'),
  MAILLAGE_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris')
    .default('Europe/Paris'),
  MAILLAGE_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  MAILLAGE_DIGEST_CRON: z
    .string()
    .refine(isValidCronExpression, 'must be a 5-field cron expression such as "0 9 * * 1"')
    .default('0 9 * * 1'),
  MAILLAGE_UNINSTALL_GRACE_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be between 1 and 365 days')
    .max(365, 'must be between 1 and 365 days')
    .default(30),
  TEST_DATABASE_URL: postgresUrl.optional(),
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Empty values (common in .env files) count as unset. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

/** Parses the environment; on failure, one plain sentence per problem. */
export function parseConfig(env: Record<string, string | undefined>): Result<Config, string[]> {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'config')} ${plain(issue)}`));
  }
  const e = parsed.data;
  const problems = crossChecks(e);
  if (problems.length > 0) return err(problems);
  return ok(
    Object.freeze({
      databaseUrl: e.DATABASE_URL,
      dataDir: e.DATA_DIR,
      slack: slackConfig(e),
      discord:
        e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
          ? {
              token: e.DISCORD_TOKEN,
              applicationId: e.DISCORD_APPLICATION_ID,
              apiUrl: e.DISCORD_API_URL,
              commandScope: e.DISCORD_COMMAND_SCOPE,
            }
          : undefined,
      port: e.PORT,
      publicUrl: e.MAILLAGE_PUBLIC_URL,
      locale: e.MAILLAGE_LOCALE,
      timeZone: e.MAILLAGE_TIMEZONE,
      secret: e.MAILLAGE_SECRET,
      logLevel: e.LOG_LEVEL ?? 'info',
      logLevelGiven: e.LOG_LEVEL !== undefined,
      digestCron: e.MAILLAGE_DIGEST_CRON,
      uninstallGraceDays: e.MAILLAGE_UNINSTALL_GRACE_DAYS,
      testDatabaseUrl: e.TEST_DATABASE_URL,
    }),
  );
}

function plain(issue: z.core.$ZodIssue): string {
  // Our own messages are plain sentences; zod's defaults ("Invalid input: …") are not.
  if (/^(Invalid|Expected|Too (big|small))/.test(issue.message)) return 'has a value that is not allowed';
  return issue.message;
}

type Parsed = z.infer<typeof schema>;

function slackConfig(e: Parsed): Config['slack'] {
  if (!e.SLACK_BOT_TOKEN) return undefined;
  if (e.SLACK_APP_TOKEN) {
    return {
      mode: 'socket',
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    };
  }
  return {
    mode: 'http',
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET ?? '',
    apiUrl: e.SLACK_API_URL,
  };
}

function crossChecks(e: Parsed): string[] {
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID is required with DISCORD_TOKEN');
  }
  if (!e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_TOKEN is required with DISCORD_APPLICATION_ID');
  }
  if (e.DATABASE_URL && !e.MAILLAGE_SECRET) {
    problems.push(
      'MAILLAGE_SECRET is required with DATABASE_URL (at least 32 random characters, the same on every replica)',
    );
  }
  return problems;
}

/** Reads `.env` (if present) into the process environment, then parses it. */
export function loadConfig(envFile = '.env'): Result<Config, string[]> {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
