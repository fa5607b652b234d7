import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

const problems = (env: Record<string, string>) => {
  const result = parseConfig(env);
  return result.ok ? [] : result.error;
};

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      databaseUrl: undefined,
      dataDir: './.maillage',
      slack: undefined,
      discord: undefined,
      port: 3000,
      locale: 'fr',
      timeZone: 'Europe/Paris',
      logLevel: 'info',
      logLevelGiven: false,
      digestCron: '0 9 * * 1',
      uninstallGraceDays: 30,
    });
  });

  it('tells whether LOG_LEVEL was given (the interactive shell logs at warn otherwise)', () => {
    const result = parseConfig({ LOG_LEVEL: 'debug' });
    expect(result.ok && result.value).toMatchObject({ logLevel: 'debug', logLevelGiven: true });
  });

  it('reads the grace period before a removed network is deleted, 1 to 365 days', () => {
    const result = parseConfig({ MAILLAGE_UNINSTALL_GRACE_DAYS: '7' });
    expect(result.ok && result.value.uninstallGraceDays).toBe(7);
    expect(problems({ MAILLAGE_UNINSTALL_GRACE_DAYS: '365' })).toEqual([]);
    for (const days of ['0', '366', '-3'])
      expect(problems({ MAILLAGE_UNINSTALL_GRACE_DAYS: days })).toEqual([
        'MAILLAGE_UNINSTALL_GRACE_DAYS must be between 1 and 365 days',
      ]);
    expect(problems({ MAILLAGE_UNINSTALL_GRACE_DAYS: '2.5' })).toEqual([
      'MAILLAGE_UNINSTALL_GRACE_DAYS must be a whole number of days',
    ]);
    expect(problems({ MAILLAGE_UNINSTALL_GRACE_DAYS: 'thirty' })).toEqual([
      'MAILLAGE_UNINSTALL_GRACE_DAYS must be a number of days',
    ]);
  });

  it('reads the public address of the web view, an http(s) URL', () => {
    const result = parseConfig({ MAILLAGE_PUBLIC_URL: 'https://maillage.example.org' });
    expect(result.ok && result.value.publicUrl).toBe('https://maillage.example.org');
    expect(problems({ MAILLAGE_PUBLIC_URL: 'maillage.example.org' })).toEqual([
      'MAILLAGE_PUBLIC_URL must be an http(s) URL',
    ]);
    expect(problems({ MAILLAGE_PUBLIC_URL: 'ftp://maillage.example.org' })).toEqual([
      'MAILLAGE_PUBLIC_URL must be an http(s) URL',
    ]);
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({ DATABASE_URL: '', PORT: ' ', SLACK_BOT_TOKEN: '' });
    expect(result.ok && result.value.port).toBe(3000);
  });

  it('chooses Slack HTTP or Socket Mode from the variables given', () => {
    const http = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(http.ok && http.value.slack?.mode).toBe('http');
    const socket = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(socket.ok && socket.value.slack).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      apiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it('reads Discord with its application id', () => {
    const result = parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(result.ok && result.value.discord?.applicationId).toBe('123456789012345678');
  });

  it('names each problem on its own line, in plain words', () => {
    const lines = problems({
      PORT: '70000',
      MAILLAGE_LOCALE: 'de',
      MAILLAGE_TIMEZONE: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      MAILLAGE_DIGEST_CRON: 'every monday',
      DATABASE_URL: 'mysql://x',
    });
    expect(lines).toHaveLength(6);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PORT must be between 0 (any free port) and 65535',
        'MAILLAGE_LOCALE must be fr or en',
        'MAILLAGE_TIMEZONE must be an IANA time zone such as Europe/Paris',
        expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/),
        'MAILLAGE_DIGEST_CRON must be a 5-field cron expression such as "0 9 * * 1"',
        'DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/db)',
      ]),
    );
  });

  it('rejects a port that is not a number', () => {
    expect(problems({ PORT: 'abc' })).toEqual(['PORT must be a port number']);
  });

  it('requires the secret with a database server, and a long one', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db' })).toEqual([
      expect.stringMatching(/^MAILLAGE_SECRET is required with DATABASE_URL/),
    ]);
    expect(problems({ MAILLAGE_SECRET: 'short' })).toEqual([
      'MAILLAGE_SECRET must be at least 32 characters long',
    ]);
  });

  it('refuses half-configured platforms', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET is required/),
    ]);
    expect(problems({ SLACK_SIGNING_SECRET: 's' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is required/),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: 'x', SLACK_APP_TOKEN: 'bad' })).toEqual([
      'SLACK_APP_TOKEN must start with xapp- (an app-level token)',
    ]);
    expect(problems({ DISCORD_TOKEN: 't' })).toEqual([
      'DISCORD_APPLICATION_ID is required with DISCORD_TOKEN',
    ]);
    expect(problems({ DISCORD_API_URL: 'ftp://x' })).toEqual(['DISCORD_API_URL must be an http(s) URL']);
  });

  it('accepts the cron forms operators write', () => {
    for (const cron of ['0 9 * * 1', '30 8 * * mon-fri', '*/15 * * * *', '0 9 1,15 * *']) {
      expect(problems({ MAILLAGE_DIGEST_CRON: cron })).toEqual([]);
    }
    for (const cron of ['0 9 * *', '60 9 * * 1', '0 24 * * 1', '0 9 * * 8', '0 9 5-1 * *']) {
      expect(problems({ MAILLAGE_DIGEST_CRON: cron })).toHaveLength(1);
    }
  });
});
