// Typed options back into the core's documented text syntax, and the packet guard — pure
// functions, checked from plain values.
import { Client, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../adapters/discord/interaction-context.ts';
import { mention, optionsToAction, quote } from '../../adapters/discord/options-to-text.ts';
import { guardInteraction } from '../../adapters/discord/packet-guard.ts';
import { tokenize } from '../../src/core/args/tokenize.ts';
import { cafe } from '../../src/core/commands/cafe.ts';
import { checkArgs } from '../../src/core/grammar/check-args.ts';
import { readText } from '../../src/core/grammar/read-text.ts';

/** The café verb (its English name) and checked values the core reads from a text. */
function readCafe(tokens: Parameters<typeof readText>[1]) {
  const read = readText(cafe.verbs ?? [], tokens);
  const checked = read.ok && checkArgs(read.value.verb, read.value.values, 'fr');
  return read.ok && checked && checked.ok === true
    ? { verb: read.value.verb.names?.[1] ?? 'status', ...checked.value }
    : undefined;
}

const marie = { userId: '111111111111111111', name: 'Marie (ML)' };
const textOf = (path: string, values: Record<string, unknown>) => {
  const action = optionsToAction(path, values as never);
  return action?.kind === 'text' ? action.text : action;
};

describe('options to the core’s text', () => {
  it('quotes free text with a mark it does not contain, so the tokenizer gives it back whole', () => {
    for (const value of ['Logement', 'Le "café" du lundi', 'Dit « oui » et "non"', 'l’école']) {
      const tokens = tokenize(quote(value));
      expect(tokens.ok && tokens.value).toEqual([
        { kind: 'quoted', text: value.replace(/[«»]/g, (m) => (value.includes('"') ? '"' : m)) },
      ]);
    }
  });

  it('turns a user option into a platform mention carrying the server name', () => {
    expect(mention(marie)).toBe('<@111111111111111111|Marie (ML)>');
    const tokens = tokenize(mention({ userId: '1', name: 'a>b|c' }));
    expect(tokens.ok && tokens.value).toEqual([{ kind: 'mention', userId: '1', label: 'abc' }]);
  });

  it('writes a poll as `sondage "Q" "O1" "O2" settings`', () => {
    expect(
      textOf('sondage creer', {
        question: 'Quelle priorité ?',
        options: 'Logement; Emploi ;Santé',
        public: true,
        max: 2,
        duree: '3j',
      }),
    ).toBe('sondage "Quelle priorité ?" "Logement" "Emploi" "Santé" public max 2 duree "3j"');
  });

  it('asks for the poll form, prefilled, when the question or the options are missing', () => {
    expect(
      optionsToAction('sondage creer', { question: 'Q ?', multiple: true, fin: 'vendredi 18h' }),
    ).toEqual({
      kind: 'form',
      form: 'poll',
      prefill: { question: 'Q ?', options: '', deadline: 'vendredi 18h', settings: 'multiple' },
    });
  });

  it('writes an exchange with its members, organisation, themes, goal, date and note', () => {
    expect(
      textOf('echange noter', {
        nature: 'appel',
        membre: marie,
        structure: 'Mission locale',
        themes: 'logement, soutien familles',
        but: 2,
        date: 'hier',
        note: 'préparation',
      }),
    ).toBe(
      'echange appel <@111111111111111111|Marie (ML)> structure "Mission locale" #logement #soutien-familles but 2 date hier note "préparation"',
    );
  });

  it('opens the profile form with no option, runs one change as a command, several as one form', () => {
    expect(optionsToAction('profil', {})).toEqual({ kind: 'form', form: 'profile', prefill: {} });
    expect(textOf('profil', { metier: 'Éducatrice' })).toBe('profil metier "Éducatrice"');
    expect(textOf('profil', { structure: 'ML de Cergy', type: 'ML' })).toBe(
      'profil structure "ML de Cergy" type "ML"',
    );
    expect(optionsToAction('profil', { structure: 'ML de Cergy', type: 'ML', territoire: 'Cergy' })).toEqual({
      kind: 'profile',
      values: { organisation: 'ML de Cergy (ML)', territory: 'Cergy' },
    });
    expect(optionsToAction('profil', { type: 'ML' })?.kind).toBe('refused');
  });

  it('changes one thing of a goal at a time', () => {
    expect(textOf('but modifier', { numero: 3, statut: 'actif' })).toBe('but 3 statut actif');
    expect(textOf('but modifier', { numero: 3, indicateur: '12 sur 20' })).toBe(
      'but 3 indicateur "12 sur 20"',
    );
    expect(optionsToAction('but modifier', { numero: 3 })?.kind).toBe('refused');
    expect(optionsToAction('but modifier', { numero: 3, titre: 'A', description: 'B' })?.kind).toBe(
      'refused',
    );
  });

  it('keeps lookup words as terms, never as a verb', () => {
    expect(textOf('sigle chercher', { termes: 'PRE QPV' })).toBe('sigle "PRE" QPV');
    expect(textOf('sigle chercher', { termes: 'ajouter' })).toBe('sigle "ajouter"');
    expect(textOf('vote', { sondage: 4, choix: '1 3' })).toBe('vote 4 1 3');
    expect(textOf('vote', { sondage: 4, retirer: true })).toBe('vote 4 retirer');
  });

  it('writes every café subcommand as the documented `cafe …` text, which the core parses as meant', () => {
    const cases: Array<[path: string, values: Record<string, unknown>, text: string, input: object]> = [
      ['cafe statut', {}, 'cafe', { verb: 'status' }],
      ['cafe oui', {}, 'cafe oui', { verb: 'yes' }],
      ['cafe non', {}, 'cafe non', { verb: 'no' }],
      [
        'cafe rencontre',
        { numero: 12, reponse: 'oui' },
        'cafe rencontre 12 oui',
        { verb: 'met', ref: 12, met: 'yes' },
      ],
      [
        'cafe rencontre',
        { numero: 3, reponse: 'non' },
        'cafe rencontre 3 non',
        { verb: 'met', ref: 3, met: 'no' },
      ],
      ['cafe ici', {}, 'cafe ici', { verb: 'here' }],
      ['cafe rythme', { semaines: 2 }, 'cafe rythme 2', { verb: 'every', weeks: 2 }],
      ['cafe jour', { jour: 'jeudi' }, 'cafe jour jeudi', { verb: 'day', weekday: '4' }],
      ['cafe jour', { jour: 'dimanche' }, 'cafe jour dimanche', { verb: 'day', weekday: '7' }],
      ['cafe activer', {}, 'cafe on', { verb: 'on' }],
      ['cafe desactiver', {}, 'cafe off', { verb: 'off' }],
      ['cafe lancer', {}, 'cafe lancer', { verb: 'run' }],
    ];
    for (const [path, values, expected, input] of cases) {
      const written = textOf(path, values);
      expect(written).toBe(expected);
      const tokens = tokenize(String(written).replace(/^cafe ?/, ''));
      expect(tokens.ok && readCafe(tokens.value)).toEqual(input);
    }
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
