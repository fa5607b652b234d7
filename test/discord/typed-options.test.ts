// Typed options to the core's typed requests, by the routes generated from the core's
// declarations (no command text on the way), and the packet guard — pure functions,
// checked from plain values.
import { ApplicationCommandOptionType, Client, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import { localeOf } from '../../adapters/discord/interaction-context.ts';
import { guardInteraction } from '../../adapters/discord/packet-guard.ts';
import { typedArgs } from '../../adapters/discord/typed-args.ts';
import { cafe } from '../../src/core/commands/cafe.ts';
import { findTypedVerb } from '../../src/core/commands/run-command.ts';
import { requestedForm } from '../../src/core/forms/forms.ts';
import { checkArgs, spreadTyped } from '../../src/core/grammar/check-args.ts';

const { routes } = discordCommands();
const marie = { userId: '111111111111111111', name: 'Marie (ML)' };
type Given = string | number | boolean | typeof marie;

/** An option as discord.js gives it: users resolved with their server member. */
function option(name: string, value: Given) {
  if (typeof value !== 'object') return { name, type: ApplicationCommandOptionType.String, value };
  const user = { id: value.userId, globalName: null, username: 'marie' };
  return {
    name,
    type: ApplicationCommandOptionType.User,
    value: value.userId,
    user,
    member: { nick: value.name },
  };
}

/** The route of a subcommand, by the core's words (`sondage creer`, `config nom`). */
function routeOf(path: string) {
  const own = path.startsWith('config ') || path.startsWith('diagnostic ');
  const found = routes.get(own ? `coop-${path}` : `coop ${path}`);
  if (!found) throw new Error(`no route ${path}`);
  return found;
}

/** What a subcommand with these options asks the core: a typed request, or a form. */
async function requestOf(path: string, values: Record<string, Given>) {
  const route = routeOf(path);
  const options = Object.entries(values).map(([name, value]) => option(name, value));
  const args = await typedArgs(route, options as never, async (text) => text);
  return route.verb.viaForm?.(args) ?? { command: route.command, verb: route.verbName, args };
}

/** The values the core's verb receives from a typed request, checked as it checks them. */
function checked(request: Awaited<ReturnType<typeof requestOf>>, verbs = cafe.verbs ?? []) {
  if (!('command' in request)) return undefined;
  const verb = findTypedVerb({ ...cafe, verbs }, request.verb);
  if (!verb) return undefined;
  const values = checkArgs(verb, spreadTyped(verb, request.args), 'fr');
  return values.ok ? { verb: verb.names?.[1] ?? verb.slot?.[1], ...values.value } : values.error;
}

describe('options to the core’s typed requests', () => {
  it('gives a user option as a member reference with the server name', async () => {
    expect(await requestOf('profil', { membre: marie })).toEqual({
      command: 'profil',
      verb: 'champs',
      args: { who: { kind: 'mention', platform: 'discord', userId: marie.userId, name: 'Marie (ML)' } },
    });
  });

  it('gives a poll’s options as one text that the core splits on ; and new lines', async () => {
    const request = await requestOf('sondage creer', {
      question: 'Quelle priorité ?',
      options: 'Logement; Emploi ;Santé',
      public: true,
      max: '2',
      duree: '3j',
    });
    expect(request).toEqual({
      command: 'sondage',
      verb: 'creer',
      args: {
        question: 'Quelle priorité ?',
        options: 'Logement; Emploi ;Santé',
        public: true,
        max: '2',
        duration: '3j',
      },
    });
  });

  it('asks the core, which answers with the poll form when the question or the options are missing', async () => {
    const request = await requestOf('sondage creer', {
      question: 'Q ?',
      multiple: true,
      fin: 'vendredi 18h',
    });
    expect(request).toEqual({
      command: 'sondage',
      verb: 'creer',
      args: { question: 'Q ?', multiple: true, until: 'vendredi 18h' },
    });
    const typed = 'command' in request ? request : undefined;
    expect(typed && requestedForm({ typed })?.id).toBe('poll');
    const full = await requestOf('sondage creer', { question: 'Q ?', options: 'A; B' });
    expect('command' in full && requestedForm({ typed: full })).toBeUndefined();
  });

  it('gathers an exchange’s members from their fields, in order, with the names typed in `autres`', async () => {
    const request = await requestOf('echange noter', {
      autres: 'Paul, <@222222222222222222|Léa>',
      membre2: { userId: '333333333333333333', name: 'Zoé' },
      nature: 'appel',
      membre: marie,
      structure: 'Mission locale',
      themes: 'logement, soutien familles',
      but: '2',
      date: 'hier',
      note: 'préparation',
    });
    expect(request).toMatchObject({ command: 'echange', verb: 'noter' });
    const args = 'args' in request ? request.args : {};
    expect(args.people).toEqual([
      { kind: 'mention', platform: 'discord', userId: marie.userId, name: 'Marie (ML)' },
      { kind: 'mention', platform: 'discord', userId: '333333333333333333', name: 'Zoé' },
      'Paul, <@222222222222222222|Léa>',
    ]);
    expect(args).toMatchObject({ kind: 'appel', organisations: 'Mission locale', goal: '2', date: 'hier' });
    const verb = routeOf('echange noter').verb;
    const values = checkArgs(verb, spreadTyped(verb, args), 'fr');
    expect(values.ok && values.value.people).toEqual([
      { kind: 'mention', platform: 'discord', userId: marie.userId, name: 'Marie (ML)' },
      { kind: 'mention', platform: 'discord', userId: '333333333333333333', name: 'Zoé' },
      { kind: 'name', name: 'Paul' },
      { kind: 'mention', userId: '222222222222222222', name: 'Léa' },
    ]);
    expect(values.ok && values.value.themes).toEqual(['logement', 'soutien familles']);
    expect(values.ok && values.value.kind).toBe('call');
  });

  it('opens the profile form with no option, runs one change as a verb, several as one form', async () => {
    const bare = await requestOf('profil', {});
    expect(bare).toEqual({ command: 'profil', verb: 'champs', args: {} });
    expect('command' in bare && requestedForm({ typed: bare })?.id).toBe('profile');
    expect(await requestOf('profil', { metier: 'Éducatrice' })).toEqual({
      command: 'profil',
      verb: 'champs',
      args: { roleTitle: 'Éducatrice' },
    });
    expect(await requestOf('profil', { structure: 'ML de Cergy', type: 'ML', territoire: 'Cergy' })).toEqual({
      form: 'profile',
      action: 'submit',
      values: { organisation: 'ML de Cergy (ML)', territory: 'Cergy' },
    });
  });

  it('names the verb a subcommand runs: `but modifier`, `vote`, `oubli`, `aide`', async () => {
    expect(await requestOf('but modifier', { numero: 3, statut: 'actif' })).toEqual({
      command: 'but',
      verb: 'modifier',
      args: { ref: 3, status: 'actif' },
    });
    expect(await requestOf('vote', { sondage: 4, retirer: true })).toMatchObject({
      command: 'vote',
      verb: 'voter',
    });
    expect(await requestOf('oubli', { confirmer: true })).toEqual({
      command: 'oubli',
      verb: 'effacer',
      args: { confirm: true },
    });
    expect(await requestOf('aide', { commande: 'sondage' })).toEqual({
      command: 'aide',
      verb: undefined,
      args: { topic: 'sondage' },
    });
    expect(await requestOf('config nom', { nom: 'Réseau' })).toEqual({
      command: 'config',
      verb: 'nom',
      args: { name: 'Réseau' },
    });
  });

  it('names the privacy and settings subcommands’ verbs and values', async () => {
    const cases: Array<[string, Record<string, Given>, object]> = [
      ['mes-donnees', {}, { command: 'mes-donnees', verb: undefined, args: {} }],
      ['oubli', {}, { command: 'oubli', verb: 'effacer', args: {} }],
      ['oubli', { confirmer: false }, { command: 'oubli', verb: 'effacer', args: { confirm: false } }],
      ['confidentialite', {}, { command: 'confidentialite', verb: undefined, args: {} }],
      ['config journal', {}, { command: 'config', verb: 'journal', args: {} }],
      ['config journal', { page: '3' }, { command: 'config', verb: 'journal', args: { page: '3' } }],
      [
        'config conservation',
        { mois: 24 },
        { command: 'config', verb: 'conservation', args: { months: 24 } },
      ],
    ];
    for (const [path, values, request] of cases) expect(await requestOf(path, values), path).toEqual(request);
  });

  it('gives every café subcommand to the verb the text `cafe …` names, with the same values', async () => {
    const cases: Array<[path: string, values: Record<string, Given>, input: object]> = [
      ['cafe statut', {}, { verb: 'status' }],
      ['cafe oui', {}, { verb: 'yes' }],
      ['cafe non', {}, { verb: 'no' }],
      ['cafe rencontre', { numero: 12, reponse: 'yes' }, { verb: 'met', ref: 12, met: 'yes' }],
      ['cafe rencontre', { numero: 3, reponse: 'no' }, { verb: 'met', ref: 3, met: 'no' }],
      ['cafe ici', {}, { verb: 'here' }],
      ['cafe rythme', { semaines: 2 }, { verb: 'every', weeks: 2 }],
      ['cafe jour', { jour: '4' }, { verb: 'day', weekday: '4' }],
      ['cafe jour', { jour: '7' }, { verb: 'day', weekday: '7' }],
      ['cafe activer', {}, { verb: 'on' }],
      ['cafe desactiver', {}, { verb: 'off' }],
      ['cafe lancer', {}, { verb: 'run' }],
    ];
    for (const [path, values, input] of cases)
      expect(checked(await requestOf(path, values)), path).toEqual(input);
  });

  it('maps Discord locales to the core’s: fr, en-US and en-GB; others to the network’s', () => {
    expect([
      localeOf('fr'),
      localeOf('en-US'),
      localeOf('en-GB'),
      localeOf('de'),
      localeOf(undefined),
    ]).toEqual(['fr', 'en', 'en', undefined, undefined]);
  });
});

describe('the gateway packet guard', () => {
  const good = () => ({
    id: '1',
    token: 't',
    application_id: '2',
    type: 2,
    data: { name: 'coop', type: 1, options: [] },
    member: { user: { id: '3', username: 'u' }, permissions: '0' },
    entitlements: [],
    authorizing_integration_owners: {},
    app_permissions: '0',
  });

  it('passes a well-formed interaction untouched', () => {
    const payload = good();
    expect(guardInteraction(payload)).toEqual({ kind: 'ok' });
    expect(payload).toEqual(good());
  });

  it('repairs what has a harmless default', () => {
    const payload: Record<string, unknown> = good();
    delete payload.authorizing_integration_owners;
    delete payload.app_permissions;
    expect(guardInteraction(payload)).toEqual({
      kind: 'repaired',
      fields: ['authorizing_integration_owners', 'app_permissions'],
    });
    expect(payload.authorizing_integration_owners).toEqual({});
  });

  it('drops what cannot be answered', () => {
    expect(guardInteraction({ ...good(), member: undefined })).toEqual({ kind: 'dropped', reason: 'user' });
    expect(guardInteraction({ ...good(), data: { type: 1 } })).toEqual({
      kind: 'dropped',
      reason: 'command',
    });
    expect(guardInteraction(null)).toEqual({ kind: 'dropped', reason: 'payload' });
  });

  it('exists because discord.js 14.28 throws on such a packet inside its gateway handler', () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds] });
    const payload: Record<string, unknown> = good();
    delete payload.authorizing_integration_owners;
    // biome-ignore lint/suspicious/noExplicitAny: the internal action the gateway handler calls.
    const actions = (client as any).actions;
    expect(() => actions.InteractionCreate.handle(payload)).toThrow();
    void client.destroy();
  });
});
