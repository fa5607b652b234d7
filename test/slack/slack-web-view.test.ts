// `diagnostic web` on Slack, end to end through the fake: over HTTP the link is answered
// ephemerally and the page is served by Bolt's own receiver, on the port Slack's events come
// to; in Socket Mode, by the bare server that answers /healthz. The link works once, for
// this workspace's network only, and stops working when a workspace admin revokes links.
import { afterEach, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import type { FakeSlack } from './fake-slack.ts';
import { blocksText, commandPayload, type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

const LINK = /http:\/\/localhost:(\d+)\/d\/[0-9a-f]+/;

async function answerAt(fake: FakeSlack, url: string) {
  const body = (await until(() => fake.responsesTo(url)[0])).body;
  const said = `${String(body.text)}\n${blocksText(body)}`.replace(/\u00a0|\u202f/g, ' ');
  return { body, said };
}

describeDatabases('the web view on Slack', (database) => {
  let bot: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  for (const mode of ['http', 'socket'] as const) {
    it(`gives a private link served beside Slack (${mode})`, async () => {
      bot = await startSlackBot(database().db, { mode });
      const b = bot;
      /** The slash command over HTTP or on the socket, as the mode receives it. */
      const command = async (text: string) => {
        if (mode === 'http') return b.command(text, { user: USERS.alice });
        const { fields, responseUrl } = commandPayload(b.fake, text, { user: USERS.alice });
        b.fake.sendEnvelope('slash_commands', fields);
        return { responseUrl };
      };
      const profile = await command('profil structure "CCAS de Cergy" type CCAS');
      await answerAt(b.fake, profile.responseUrl);
      const sent = await command('diagnostic web');
      const { body, said } = await answerAt(b.fake, sent.responseUrl);
      expect(body.response_type).toBe('ephemeral');
      const link = said.match(LINK);
      expect(link?.[1]).toBe(String(b.app.port()));
      const url = (link?.[0] ?? '').replace('localhost', '127.0.0.1');

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      expect(html).toContain('CCAS de Cergy');
      expect(html).not.toContain(USERS.alice.displayName);
      const script = await fetch(new URL('/d/assets/web.js', url));
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      // No link, no page.
      expect((await fetch(new URL('/d/', url))).status).toBe(404);

      const revoke = await command('diagnostic web revoquer');
      expect((await answerAt(b.fake, revoke.responseUrl)).said).toMatch(/ne marchent plus/);
      expect((await fetch(url)).status).toBe(410);
    });
  }
});
