// A private file (`mes-donnees`) in Slack, end to end against the fake: the real Bolt app
// answers the command ephemerally and uploads the file into the asker's DM with the bot
// (conversations.open, files.getUploadURLExternal, the bytes to the upload URL,
// files.completeUploadExternal); when Slack refuses, the asker is told plainly. A core
// wrapped around the real one answers a test command with a file, so that delivery is
// tested on its own; then the real `mes-donnees` and `oubli` (with its danger button).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Database } from '../../db/client.ts';
import { parseConfig } from '../../src/config.ts';
import type { Core, IncomingCommand, Reply } from '../../src/core/core.ts';
import { buttons, type Message, privateMessage, text } from '../../src/core/message.ts';
import { slackOptions, startApp } from '../../src/main.ts';
import { describeDatabases } from '../support/databases.ts';
import { RecordingLogger } from '../support/fakes.ts';
import { dmOf, FakeSlack, type Payload } from './fake-slack.ts';
import {
  blocksText,
  CHANNEL,
  clickPayload,
  commandPayload,
  SIGNING_SECRET,
  type SlackBot,
  signature,
  startSlackBot,
  USERS,
  until,
} from './slack-bot.ts';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const CONTENT = JSON.stringify(
  { profil: { nom: 'Alice Martin', territoire: 'Cergy – Préfecture' } },
  null,
  2,
);
const FILE = { name: 'maillage-mes-donnees.json', mimeType: 'application/json' as const, content: CONTENT };

/** The real core, except for `fichier-test` (a private message with a file) and `bouton-test`. */
function withTestCommands(core: Core, seen: string[]): Core {
  const answer = (message: Message): Reply => ({
    locale: 'fr',
    messages: [message],
    notifications: [],
    failed: false,
  });
  return {
    ...core,
    async handle(request: IncomingCommand) {
      seen.push(request.text ?? request.typed.command);
      if (request.text === 'fichier-test')
        return answer({ ...privateMessage(text('Voici vos données.')), file: FILE });
      if (request.text === 'bouton-test')
        return answer(
          privateMessage(
            text('Effacer ?'),
            buttons({ label: 'Tout effacer', command: 'oubli confirmer', style: 'danger' }),
          ),
        );
      return core.handle(request);
    },
  };
}

interface FileBot {
  fake: FakeSlack;
  logger: RecordingLogger;
  seen: string[];
  command(text: string): Promise<string>;
  click(message: { blocks: Payload[] }, label: string): Promise<string>;
  stop(): Promise<void>;
}

/** The Slack bot as operators start it, over HTTP, with the test commands above. */
async function startFileBot(db: Database): Promise<FileBot> {
  const fake = await FakeSlack.start();
  for (const user of Object.values(USERS)) fake.addUser(user);
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    MAILLAGE_SECRET: SECRET,
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const logger = new RecordingLogger();
  const seen: string[] = [];
  const app = await startApp({
    config: parsed.value,
    db,
    secret: SECRET,
    logger,
    processId: 'slack-files-test',
    ticker: false,
    host: '127.0.0.1',
    adapters: async (parts) => [
      createSlackAdapter({
        ...slackOptions(parts),
        core: withTestCommands(parts.core, seen),
        retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
      }),
    ],
  });
  const send = async (body: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${app.port()}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp),
      },
      body,
    });
    expect(response.status).toBe(200);
  };
  return {
    fake,
    logger,
    seen,
    async command(text) {
      const { fields, responseUrl } = commandPayload(fake, text);
      await send(new URLSearchParams(fields).toString());
      return responseUrl;
    },
    async click(message, label) {
      const payload = clickPayload(fake, message, { label }, USERS.alice);
      await send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
      return String(payload.response_url);
    },
    async stop() {
      await app.stop();
      await fake.stop();
    },
  };
}

/** The first ephemeral answer at a response_url, and its readable text. */
async function answerAt(fake: FakeSlack, url: string) {
  const body = (await until(() => fake.responsesTo(url)[0])).body;
  // French typography read plainly: no-break spaces as spaces, typographic apostrophes as '.
  const said = `${String(body.text)}\n${blocksText(body)}`.replace(/\u00a0|\u202f/g, ' ').replace(/’/g, "'");
  return { body, said };
}

describeDatabases('Slack private files', (database) => {
  let bot: FileBot | undefined;
  let real: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    await real?.stop();
    bot = undefined;
    real = undefined;
  });

  it('uploads the file into the asker’s DM with the bot only, and says so ephemerally', async () => {
    bot = await startFileBot(database().db);
    const url = await bot.command('fichier-test');
    const { body, said } = await answerAt(bot.fake, url);
    expect(body.response_type).toBe('ephemeral');
    expect(said).toContain('Voici vos données.');
    expect(said).toContain('maillage-mes-donnees.json');
    expect(said).toMatch(/messages directs avec Maillage/);
    expect(said).not.toContain('Cergy – Préfecture');

    const [upload, ...others] = bot.fake.files.uploads;
    expect(others).toEqual([]);
    expect(upload?.channel).toBe(dmOf(USERS.alice.id));
    expect(upload?.filename).toBe('maillage-mes-donnees.json');
    expect(upload?.bytes.toString('utf8')).toBe(CONTENT);
    expect(upload?.declaredLength).toBe(Buffer.byteLength(CONTENT));
    expect(bot.fake.callsOf('conversations.open').map((c) => c.params.users)).toEqual([USERS.alice.id]);
    const complete = bot.fake.callsOf('files.completeUploadExternal');
    expect(complete.map((c) => c.params.channel_id)).toEqual([dmOf(USERS.alice.id)]);
    expect(complete[0]?.token).toBe('xoxb-fake-bot-token');
    // Nothing in the channel, nothing posted anywhere with the content.
    expect(bot.fake.callsOf('chat.postMessage')).toEqual([]);
    expect(bot.fake.files.sharedIn(CHANNEL)).toEqual([]);
  });

  it('tells the asker, without a stack trace, when the upload URL fails', async () => {
    bot = await startFileBot(database().db);
    bot.fake.files.uploadStatus = 500;
    const { said } = await answerAt(bot.fake, await bot.command('fichier-test'));
    expect(said).toMatch(/Le fichier n'a pas pu vous être envoyé \(`http_500`\)\. Réessayez/);
    expect(said).not.toContain('Voici vos données.');
    expect(said).not.toMatch(/at .*\.(ts|js):\d+|Error:/);
    expect(bot.fake.files.uploads).toEqual([]);
    const logged = JSON.stringify(bot.logger.entries);
    expect(logged).toContain('private file not sent');
    expect(logged).not.toContain('maillage-mes-donnees');
    expect(logged).not.toContain('Alice Martin');
  });

  it('tells the asker when Slack refuses to complete the upload', async () => {
    bot = await startFileBot(database().db);
    bot.fake.failNext('files.completeUploadExternal', { error: 'channel_not_found' });
    const { said } = await answerAt(bot.fake, await bot.command('fichier-test'));
    expect(said).toMatch(/pas pu vous être envoyé \(`channel_not_found`\)/);
    expect(bot.fake.files.uploads).toEqual([]);
  });

  it('asks for the app to be reinstalled when it lacks files:write', async () => {
    bot = await startFileBot(database().db);
    bot.fake.files.scope = false;
    const { said } = await answerAt(bot.fake, await bot.command('fichier-test'));
    expect(said).toMatch(/pas encore le droit d'envoyer des fichiers.*files:write.*réinstaller/);
    expect(bot.fake.callsOf('files.getUploadURLExternal')[0]?.answer?.error).toBe('missing_scope');
    expect(bot.fake.callsOf('files.completeUploadExternal')).toEqual([]);
  });

  it('runs the command a danger button carries (`oubli confirmer`) when clicked', async () => {
    bot = await startFileBot(database().db);
    const { body } = await answerAt(bot.fake, await bot.command('bouton-test'));
    const button = (body.blocks as Payload[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Payload[])[0];
    expect(button).toMatchObject({ style: 'danger', value: 'oubli confirmer' });
    await bot.click({ blocks: body.blocks as Payload[] }, 'Tout effacer');
    await until(() => bot?.seen.includes('oubli confirmer'));
    expect(bot.seen).toEqual(['bouton-test', 'oubli confirmer']);
  });

  it('sends the real `mes-donnees` export as a DM file', async () => {
    real = await startSlackBot(database().db);
    await real.command('profil metier "Conseillère en insertion"');
    await until(() => real?.fake.responses.length === 1 || undefined);
    const sent = await real.command('mes-donnees');
    const { said } = await answerAt(real.fake, sent.responseUrl);
    expect(said).toMatch(/messages directs avec Maillage/);
    const upload = await until(() => real?.fake.files.uploads[0]);
    expect(upload.channel).toBe(dmOf(USERS.alice.id));
    expect(upload.filename).toMatch(/\.json$/);
    const exported = JSON.parse(upload.bytes.toString('utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain('Conseillère en insertion');
    expect(real.fake.files.sharedIn(CHANNEL)).toEqual([]);
  });

  it('uploads the real `diagnostic export` workbook and CSVs into the asker’s DM, none in the channel', async () => {
    real = await startSlackBot(database().db);
    const sent = await real.command('diagnostic export');
    const { body, said } = await answerAt(real.fake, sent.responseUrl);
    expect(body.response_type).toBe('ephemeral');
    expect(said).toMatch(
      /Les fichiers `diagnostic-[\d-]+\.xlsx`, .* sont dans vos messages directs avec Maillage/,
    );
    const uploads = await until(() =>
      real?.fake.files.uploads.length === 6 ? real.fake.files.uploads : undefined,
    );
    expect(uploads.map((u) => u.channel)).toEqual(Array(6).fill(dmOf(USERS.alice.id)));
    expect(
      uploads.map((u) => u.filename.replace(/^diagnostic-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}/, '')),
    ).toEqual(['.xlsx', '-echanges.csv', '-nouveaux-liens.csv', '-mesures.csv', '-buts.csv', '-cafe.csv']);
    // The workbook is a zip (PK), sent byte for byte; the CSVs start with the BOM.
    expect(uploads[0]?.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(uploads[0]?.declaredLength).toBe(uploads[0]?.bytes.length);
    expect(uploads[3]?.bytes.toString('utf8')).toMatch(/^\uFEFFMois;Organisations;/);
    expect(real.fake.files.sharedIn(CHANNEL)).toEqual([]);
  });

  it('offers `oubli` with a danger button that runs `oubli confirmer`', async () => {
    real = await startSlackBot(database().db);
    const sent = await real.command('oubli');
    const { body } = await answerAt(real.fake, sent.responseUrl);
    const values = (body.blocks as Payload[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Payload[])
      .filter((e) => e.style === 'danger')
      .map((e) => e.value);
    expect(values).toEqual(['oubli confirmer']);
    const payload = clickPayload(
      real.fake,
      { blocks: body.blocks as Payload[] },
      { command: 'oubli confirmer' },
      USERS.alice,
    );
    await real.click(payload);
    const after = await answerAt(real.fake, String(payload.response_url));
    expect(after.body.response_type).toBe('ephemeral');
    expect(after.said).toContain("C'est fait : Maillage vous a oublié");
  });

  it('gives an English-speaking member the `forget confirm` button', async () => {
    real = await startSlackBot(database().db);
    const sent = await real.command('forget', { user: USERS.sam });
    const { body } = await answerAt(real.fake, sent.responseUrl);
    const danger = (body.blocks as Payload[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Payload[])
      .filter((e) => e.style === 'danger');
    expect(danger.map((e) => [e.text.text, e.value])).toEqual([['Erase everything', 'forget confirm']]);
  });
});

describe('the Slack app manifest and files', () => {
  const manifest = readFileSync(
    join(import.meta.dirname, '..', '..', 'adapters', 'slack', 'manifest.yml'),
    'utf8',
  );

  it('asks for files:write, justified, to upload a member’s own data file', () => {
    expect(manifest).toMatch(/^\s+- files:write # mes-donnees: \S.*direct messages/m);
  });
});
