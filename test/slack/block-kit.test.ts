// The pure parts of the Slack adapter, from fixtures: Block Kit within Slack's limits,
// escaping that never lets a text become a broadcast or a mention, incoming command
// text, modals, users, Bolt's log level, and the app manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandOfAction, LIMITS, splitText, toBlockKit } from '../../adapters/slack/block-kit.ts';
import { boltLevel, boltLogger } from '../../adapters/slack/bolt-app.ts';
import { postTrouble } from '../../adapters/slack/deliver-reply.ts';
import { userFromInfo } from '../../adapters/slack/identity.ts';
import {
  errorsAction,
  fieldErrorsOf,
  formContext,
  formValues,
  formView,
  PendingConfirmations,
} from '../../adapters/slack/modals.ts';
import { parseMessageRef } from '../../adapters/slack/publisher.ts';
import { slackErrorCode } from '../../adapters/slack/slack-errors.ts';
import { escapeSlack, fromSlackText, toMrkdwn } from '../../adapters/slack/slack-text.ts';
import type { FormReply } from '../../src/core/core.ts';
import { pollForm } from '../../src/core/forms/forms.ts';
import {
  buttons,
  fields,
  header,
  type Message,
  messageText,
  privateMessage,
  publicMessage,
  text,
} from '../../src/core/message.ts';
import { RecordingLogger } from '../support/fakes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// biome-ignore lint/suspicious/noExplicitAny: walking rendered Block Kit JSON.
const json = (value: unknown): any => JSON.parse(JSON.stringify(value));

describe('Slack text', () => {
  it('turns the core markup into mrkdwn', () => {
    expect(toMrkdwn('**Sondage n° 3** : _anonyme_, tapez `vote 3 1`')).toBe(
      '*Sondage n° 3* : _anonyme_, tapez `vote 3 1`',
    );
  });

  it('escapes &, < and > so no text can broadcast or mention', () => {
    for (const attack of ['<!channel>', '<!here>', '<!subteam^S123|@equipe>', '<@U999>', '<!everyone>']) {
      const rendered = JSON.stringify(toBlockKit(publicMessage(header(attack), text(`**${attack}**`))));
      expect(rendered).not.toContain(attack);
      expect(rendered).not.toMatch(/<[!@#]/);
    }
    expect(escapeSlack('Tom & Jerry <3 > 2')).toBe('Tom &amp; Jerry &lt;3 &gt; 2');
  });

  it('reads escaped command text back, keeping user mentions for the core', () => {
    expect(fromSlackText('echange appel <@U123|marie> <#C42|logement> note "a &amp; b &lt;3"')).toBe(
      'echange appel <@U123|marie> #logement note "a & b <3"',
    );
    expect(fromSlackText('<!channel> et <!here|here> <!subteam^S1|@accueil>')).toBe(
      '@channel et @here @accueil',
    );
    expect(fromSlackText('voir <https://example.org/a?b=1|example.org>')).toBe(
      'voir https://example.org/a?b=1',
    );
    expect(fromSlackText('&lt;!channel&gt;')).toBe('<!channel>');
  });
});

describe('Block Kit rendering', () => {
  it('renders header, text, fields, buttons and context, with a fallback text', () => {
    const [slack] = toBlockKit(
      publicMessage(
        header('Quelle date ?'),
        text('**1.** Lundi'),
        fields([{ label: 'Statut', value: '_ouvert_' }]),
        buttons(
          { label: 'Lundi', command: 'vote 3 1', style: 'primary' },
          { label: 'Retirer', command: 'vote 3 retirer' },
        ),
      ),
    );
    const blocks = json(slack?.blocks);
    expect(blocks.map((b: { type: string }) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(blocks[2].fields[0].text).toBe('*Statut*\n_ouvert_');
    expect(blocks[3].elements).toEqual([
      expect.objectContaining({ action_id: 'coop:1', value: 'vote 3 1', style: 'primary' }),
      expect.objectContaining({ action_id: 'coop:2', value: 'vote 3 retirer' }),
    ]);
    expect(slack?.text).toContain('Quelle date ?');
  });

  it('keeps every text, field, button and block count within Slack limits, splitting the message', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Ligne ${i} : ${'x'.repeat(40)}`).join('\n');
    const many = Array.from({ length: 60 }, (_, i) => text(`Bloc ${i}`));
    const message = publicMessage(
      header('h'.repeat(400)),
      text(long),
      fields(Array.from({ length: 23 }, (_, i) => ({ label: `Champ ${i}`, value: 'v'.repeat(2500) }))),
      buttons(...Array.from({ length: 30 }, (_, i) => ({ label: 'B'.repeat(100), command: `vote 1 ${i}` }))),
      ...many,
    );
    const parts = toBlockKit(message);
    expect(parts.length).toBeGreaterThan(1);
    const ids = new Set<string>();
    for (const part of parts) {
      expect(part.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      expect(part.text.length).toBeGreaterThan(0);
      for (const block of json(part.blocks)) {
        if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.header);
        if (block.text?.type === 'mrkdwn') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.text);
        if (block.fields) expect(block.fields.length).toBeLessThanOrEqual(LIMITS.fields);
        for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.field);
        if (block.type === 'actions') {
          expect(block.elements.length).toBeLessThanOrEqual(LIMITS.actions);
          for (const e of block.elements) {
            expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
            ids.add(e.action_id);
          }
        }
      }
    }
    expect(ids.size).toBe(30);
    // Nothing is lost in the split: every line and every block is somewhere.
    const all = JSON.stringify(parts);
    expect(all).toContain('Ligne 399');
    expect(all).toContain('Bloc 59');
  });

  it('splits text at line ends and never inside an entity', () => {
    expect(splitText('aaa\nbbb\nccc', 7)).toEqual(['aaa\nbbb', 'ccc']);
    const pieces = splitText('&amp;'.repeat(10), 12);
    for (const piece of pieces) expect(piece).toMatch(/^(&amp;)+$/);
    expect(pieces.join('')).toBe('&amp;'.repeat(10));
  });

  it('renders nothing for an empty message and reads commands from buttons and menus', () => {
    expect(toBlockKit(privateMessage())).toEqual([]);
    expect(commandOfAction({ type: 'button', value: 'vote 2 1' })).toBe('vote 2 1');
    expect(commandOfAction({ type: 'static_select', selected_option: { value: 'but 4' } })).toBe('but 4');
    expect(commandOfAction({ type: 'datepicker' })).toBeUndefined();
  });
});

describe('modals', () => {
  const context = { form: 'poll' as const, channelId: 'C1', responseUrl: 'https://hooks.slack.com/x' };

  it('draws one input per field, keyed by field id, and carries where it came from', () => {
    const view = json(formView(pollForm('fr'), context, 'fr'));
    expect(view.callback_id).toBe('coop:form:poll');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.close.text).toBe('Annuler');
    expect(view.blocks.map((b: { block_id: string }) => b.block_id)).toEqual([
      'question',
      'options',
      'deadline',
      'settings',
    ]);
    expect(view.blocks[0].optional).toBe(false);
    expect(view.blocks[1].element.multiline).toBe(true);
    expect(formContext(view.private_metadata)).toEqual({ ...context, submit: 'Publier' });
    expect(formContext('{"form":"autre"}')).toBeUndefined();
    expect(formContext('not json')).toBeUndefined();
  });

  it('reads submitted values and returns errors as plain text next to their field', () => {
    expect(
      formValues({ question: { value: { value: 'Q ?' } }, deadline: { value: { value: null } } }),
    ).toEqual({
      question: 'Q ?',
      deadline: '',
    });
    const reply: FormReply = {
      locale: 'fr',
      messages: [],
      notifications: [],
      failed: true,
      fieldErrors: { question: 'Ce texte semble décrire **une personne**.' },
      confirmable: true,
    };
    const action = errorsAction(fieldErrorsOf(reply, { ...context, submit: 'Publier' }));
    expect(action.response_action).toBe('errors');
    expect(action.errors.question).toMatch(/^Ce texte semble décrire une personne\. Si ce n’est pas le cas/);
    expect(action.errors.question).toContain('«\u00a0Publier\u00a0»');
  });

  it('confirms a warning only with the same values, in the same view, for a while', () => {
    let now = 0;
    const pending = new PendingConfirmations(() => now, 1000);
    pending.remember('V1', { question: 'a' });
    expect(pending.confirms('V1', { question: 'b' })).toBe(false);
    pending.remember('V1', { question: 'a' });
    expect(pending.confirms('V2', { question: 'a' })).toBe(false);
    expect(pending.confirms('V1', { question: ' a ' })).toBe(true);
    expect(pending.confirms('V1', { question: 'a' })).toBe(false);
    pending.remember('V1', { question: 'a' });
    now = 2000;
    expect(pending.confirms('V1', { question: 'a' })).toBe(false);
  });
});

describe('Slack users, errors and logs', () => {
  it('names a user as Slack shows them and makes only home-workspace admins facilitators', () => {
    const info = (user: object) => userFromInfo('U1', { user: { team_id: 'T1', ...user } }, 'T1');
    expect(
      info({ name: 'jd', real_name: 'Jean Dupont', profile: { display_name: 'Jean D.' } }).displayName,
    ).toBe('Jean D.');
    expect(info({ name: 'jd', real_name: 'Jean Dupont', profile: { display_name: '' } }).displayName).toBe(
      'Jean Dupont',
    );
    expect(info({ name: 'jd' }).displayName).toBe('jd');
    expect(info({ is_admin: true }).isPlatformAdmin).toBe(true);
    expect(info({ is_owner: true }).isPlatformAdmin).toBe(true);
    expect(info({ is_admin: true, team_id: 'TPARTNER' }).isPlatformAdmin).toBe(false);
    expect(info({ locale: 'fr-FR' }).locale).toBe('fr');
    expect(info({ locale: 'en-US' }).locale).toBe('en');
    expect(info({ locale: 'de-DE' }).locale).toBeUndefined();
  });

  it('reads Slack error codes and parses message refs', () => {
    expect(slackErrorCode({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } })).toBe(
      'not_in_channel',
    );
    expect(slackErrorCode({ code: 'slack_webapi_http_error', statusCode: 500 })).toBe('http_500');
    expect(slackErrorCode(new Error('A rate limit was exceeded (url: x, retry-after: 1)'))).toBe(
      'ratelimited',
    );
    expect(parseMessageRef('C1:1700000000.000100')).toEqual({ channel: 'C1', ts: '1700000000.000100' });
    expect(parseMessageRef(null)).toBeUndefined();
    expect(parseMessageRef('C1:')).toBeUndefined();
  });

  it('tells the user how to let the bot in, with the command to post the poll again', () => {
    const live: Message = {
      ...publicMessage(buttons({ label: 'Lundi', command: 'vote 7 1' })),
      poll: { networkId: 'n', pollId: 'p', ref: 7, role: 'live' },
    };
    const fr = messageText(postTrouble('not_in_channel', live, 'fr'));
    expect(fr).toContain(
      'Invitez @Maillage dans ce canal (`/invite @Maillage`), puis tapez `/coop sondage publier 7`',
    );
    expect(messageText(postTrouble('channel_not_found', live, 'en'))).toContain('`/coop poll post 7`');
    expect(messageText(postTrouble('not_in_channel', publicMessage(text('x')), 'fr'))).toContain(
      'puis recommencez',
    );
    expect(messageText(postTrouble('msg_too_long', live, 'fr'))).toContain('`msg_too_long`');
  });

  it('never lets Bolt log below info, where it would log request bodies', () => {
    expect(boltLevel('debug')).toBe('info');
    expect(boltLevel('trace')).toBe('info');
    expect(boltLevel('warn')).toBe('warn');
    expect(boltLevel('silent')).toBe('error');
    const logger = new RecordingLogger();
    const bolt = boltLogger(logger, boltLevel('debug'));
    bolt.setLevel('debug' as never);
    bolt.debug('http request body: {"text":"secret"}');
    bolt.info('connected', new Error('boom'), { text: 'secret' });
    expect(logger.entries.map((e) => e.message)).toEqual(['connected Error: boom [object]']);
  });
});

describe('the Slack app manifest', () => {
  const manifest = readFileSync(join(ROOT, 'adapters', 'slack', 'manifest.yml'), 'utf8');
  const botSection = manifest.split(/\n\s+bot:\n/)[1] ?? '';
  const scopeLines: string[] = [];
  for (const line of botSection.split('\n')) {
    if (!/^\s+- /.test(line)) break;
    scopeLines.push(line);
  }

  it('asks only for the bot scopes the adapter uses, each justified', () => {
    const scopes = scopeLines.map((line) => /- ([a-z_.:]+)/.exec(line)?.[1]);
    expect(scopes.sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'im:write',
      'mpim:write',
      'users:read',
    ]);
    for (const line of scopeLines) expect(line).toMatch(/ # \S/);
  });

  it('explains what the history scopes are for, what they expose, and what happens without them', () => {
    expect(manifest).toMatch(/channels:history and groups:history: scheduled posts/);
    expect(manifest).toMatch(/read the messages of the channels it was invited to/);
    expect(manifest).toMatch(/Without them/);
  });

  it('declares /coop with escaping, interactivity, the events and Socket Mode', () => {
    expect(manifest).toMatch(/command: \/coop/);
    expect(manifest).toMatch(/should_escape: true/);
    expect(manifest).toMatch(/usage_hint: /);
    expect(manifest).toMatch(/interactivity:\s*\n\s+is_enabled: true/);
    for (const event of ['app_mention', 'app_uninstalled', 'tokens_revoked']) {
      expect(manifest).toMatch(new RegExp(`- ${event}\\b`));
    }
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).toMatch(/name: Maillage/);
  });
});
