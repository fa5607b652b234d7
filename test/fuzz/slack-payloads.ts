// What a hostile Slack sends: slash commands whose text mixes what users type (escaped by
// Slack) with Slack's own markup (broadcasts, user groups, users, channels, links), clicks
// carrying forged commands from anyone, and modal submissions with forged contexts.
import fc from 'fast-check';
import { escapeSlack } from '../../adapters/slack/slack-text.ts';
import { commands } from '../../src/core/commands/index.ts';
import { storable } from '../../src/core/text/storable.ts';
import type { FakeSlack, FakeUser, Payload } from '../slack/fake-slack.ts';
import { CHANNEL, USERS } from '../slack/slack-bot.ts';
import { commandLines } from './command-lines.ts';
import { hostileText, shortHostile } from './hostile-text.ts';

/** Slack's own markup, as it puts it in a command's text (never escaped). */
const SLACK_MARKUP = [
  '<!channel>',
  '<!here|here>',
  '<!everyone>',
  '<!subteam^S0123|@equipe>',
  '<@UMARIE01|marie>',
  '<@UALICE01>',
  '<@UNOBODY9|<script>>',
  '<#C0GENERAL|general>',
  '<https://evil.example/?a=<b>|clic>',
  '<mailto:a@evil.example|écrire>',
  '<!date^1392734382^{date}|18 février>',
];

const anyLine = fc.constantFrom(...commands).chain((command) => commandLines(command).map((l) => l.text));

/** A command's text as Slack delivers it: typed text escaped, its markup inserted as is. */
export const slashText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(anyLine, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SLACK_MARKUP)), { maxLength: 3 }))
      .map(([line, inserts]) => {
        const words = escapeSlack(line).split(' ');
        for (const [at, markup] of inserts) words.splice(at % (words.length + 1), 0, markup);
        return words.join(' ');
      }),
  },
  // Not escaped at all: a Slack that would not escape, or a forged body.
  { weight: 1, arbitrary: anyLine },
);

const forgedUser: fc.Arbitrary<FakeUser> = fc
  .tuple(
    fc.constantFrom('UNOBODY1', 'W0FORGED', 'UALICE01', 'B0BOT'),
    shortHostile,
    fc.constantFrom(undefined, 'TOTHER', 'TPARTNER'),
  )
  .map(([id, name, teamId]) => ({
    id,
    // Payload names with a NUL or a lone surrogate are made storable (reported: core.ts).
    name: storable(name.slice(0, 80)),
    ...(teamId ? { teamId } : {}),
  }));

/** Someone of the workspace, a Slack Connect guest, or a user Slack does not know. */
export const slackUser: fc.Arbitrary<FakeUser> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<FakeUser>(...Object.values(USERS)) },
  { weight: 1, arbitrary: forgedUser },
);

const FORGED_COMMANDS = [
  'vote 1 1',
  'vote 1 retirer',
  'vote 999999999999 1',
  'sondage fermer 1',
  'oubli confirmer',
  'forget confirm',
  'config facilitateur ajouter <@UJEAN001>',
  'config langue en',
  'echange annuler 1',
  'cafe rencontre 1 oui',
  '',
  ' ',
  'x'.repeat(3000),
];

/** What a button or menu option claims to run. */
export const actionValue: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: anyLine },
  { weight: 2, arbitrary: fc.constantFrom(...FORGED_COMMANDS) },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export interface ClickInput {
  user: FakeUser;
  type: 'button' | 'static_select' | 'overflow';
  value: string | undefined;
  actionId: string;
  channel: string;
  replay: boolean;
}

export const click: fc.Arbitrary<ClickInput> = fc.record({
  user: slackUser,
  type: fc.constantFrom<ClickInput['type']>('button', 'button', 'static_select', 'overflow'),
  value: actionValue,
  actionId: fc.constantFrom('coop:1', 'coop:2', 'coop:99999999999999999999'),
  channel: fc.constantFrom(CHANNEL, 'D0PRIVATE', 'C0ELSEWHERE', 'G0GROUP'),
  replay: fc.boolean(),
});

/** A block_actions payload; `ids` repeats an earlier click's trigger and time (a replay). */
export function clickPayload(
  fake: FakeSlack,
  input: ClickInput,
  ids: { trigger: string; ts: string },
): Payload {
  const team = input.user.teamId ?? fake.team.id;
  const action: Payload = { type: input.type, action_id: input.actionId, block_id: 'b1', action_ts: ids.ts };
  if (input.type === 'static_select')
    action.selected_option =
      input.value === undefined ? null : { text: { type: 'plain_text', text: 'x' }, value: input.value };
  else if (input.value !== undefined) action.value = input.value;
  return {
    type: 'block_actions',
    user: { id: input.user.id, username: input.user.name, name: input.user.name, team_id: team },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1.1', channel_id: input.channel, is_ephemeral: false },
    trigger_id: ids.trigger,
    team: { id: team, domain: 'cergy' },
    channel: { id: input.channel, name: 'general' },
    message: { type: 'message', ts: '1.1', blocks: [] },
    response_url: fake.newResponseUrl(),
    actions: [action],
  };
}

const POLL_FIELDS = ['question', 'options', 'deadline', 'settings'];
const PROFILE_FIELDS = ['organisation', 'roleTitle', 'territory', 'themes', 'helpOffer'];

export interface SubmissionInput {
  user: FakeUser;
  form: 'poll' | 'profile';
  callbackForm: string;
  metadata: 'valid' | 'other-form' | 'garbage' | 'wrong-types';
  values: Array<[number, string | null]>;
  extraField: boolean;
}

export const submission: fc.Arbitrary<SubmissionInput> = fc.record({
  user: slackUser,
  form: fc.constantFrom<'poll' | 'profile'>('poll', 'profile'),
  callbackForm: fc.oneof(fc.constantFrom('poll', 'profile'), shortHostile),
  metadata: fc.constantFrom<SubmissionInput['metadata']>(
    'valid',
    'valid',
    'other-form',
    'garbage',
    'wrong-types',
  ),
  // Modal values with a NUL or a lone surrogate are made storable (reported: forms.ts).
  values: fc.array(fc.tuple(fc.nat(), fc.option(hostileText.map(storable))), { maxLength: 6 }),
  extraField: fc.boolean(),
});

function metadataOf(fake: FakeSlack, input: SubmissionInput): string {
  const other = input.form === 'poll' ? 'profile' : 'poll';
  switch (input.metadata) {
    case 'valid':
    case 'other-form':
      return JSON.stringify({
        form: input.metadata === 'valid' ? input.form : other,
        channelId: CHANNEL,
        responseUrl: fake.newResponseUrl(),
        submit: 'Envoyer',
      });
    case 'garbage':
      return '{"form": "poll", ';
    case 'wrong-types':
      return JSON.stringify({ form: input.form, channelId: 42, responseUrl: ['x'], submit: null });
  }
}

/** A view_submission of one of our modals, or of a forged one. */
export function submissionPayload(fake: FakeSlack, input: SubmissionInput): Payload {
  const ids = input.form === 'poll' ? POLL_FIELDS : PROFILE_FIELDS;
  const values: Payload = {};
  for (const [at, value] of input.values) {
    const id = ids[at % ids.length] ?? 'question';
    values[id] = { value: { type: 'plain_text_input', value } };
  }
  if (input.extraField) values.intrus = { value: { type: 'plain_text_input', value: '<!channel>' } };
  const team = input.user.teamId ?? fake.team.id;
  return {
    type: 'view_submission',
    team: { id: team, domain: 'cergy' },
    user: { id: input.user.id, username: input.user.name, name: input.user.name, team_id: team },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    trigger_id: fake.nextId('trigger-'),
    view: {
      id: fake.nextId('V'),
      team_id: team,
      type: 'modal',
      callback_id: `coop:form:${input.callbackForm}`,
      private_metadata: metadataOf(fake, input),
      blocks: ids.map((id) => ({ type: 'input', block_id: id })),
      state: { values },
      hash: 'h1',
      app_id: 'A0001',
      bot_id: fake.bot.botId,
    },
    response_urls: [],
  };
}
