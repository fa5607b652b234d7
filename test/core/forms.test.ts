// Forms as the core declares them from its verbs: the core answers a request that stands for
// a form with the form (where one can open), a submission runs as typed requests, and each
// error comes back on the field whose argument it names, with nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core, IncomingCommand, TypedCommand } from '../../src/core/core.ts';
import { FORMS, pollForm, profileForm } from '../../src/core/forms/forms.ts';
import type { Member } from '../../src/core/model.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };

describe('form declarations', () => {
  it('take each field’s limit, and the limit its hint says, from the argument it fills', () => {
    const limits = (spec: ReturnType<typeof pollForm>) =>
      Object.fromEntries(spec.fields.map((f) => [f.id, f.maxLength]));
    expect(limits(pollForm('fr'))).toEqual({ question: 200, options: 1000, deadline: 60, settings: 60 });
    const member = { themes: [], roleTitle: null, territory: null, helpOffer: null } as unknown as Member;
    expect(limits(profileForm('en', member, undefined))).toMatchObject({
      organisation: 120,
      roleTitle: 80,
      territory: 80,
      helpOffer: 300,
    });
    // A hint that says the limit says the declared one.
    expect(pollForm('fr').fields[0]?.hint).toBe('200 caractères au plus.');
    const help = profileForm('en', member, undefined).fields.find((f) => f.id === 'helpOffer');
    expect(help?.hint).toBe('300 characters at most. Never data about the people you support.');
  });

  it('name a verb of their command for every field', () => {
    for (const form of Object.values(FORMS))
      for (const field of form.fields)
        expect(
          form.command.verbs?.some((v) => [...(v.names ?? []), ...(v.slot ?? [])].includes(field.verb)),
        ).toBe(true);
  });
});

describeDatabases('forms', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  const ask = (where: ReturnType<typeof newSpace>, request: { text: string } | { typed: TypedCommand }) =>
    core.handle({ ...where, user: marie, canOpenForm: true, ...request } as IncomingCommand);

  it('answers a bare sondage or profil with its form, from text or typed, and nothing else', async () => {
    const where = newSpace('slack');
    for (const text of ['sondage', ' Poll ']) {
      const reply = await ask(where, { text });
      expect(reply.form?.id).toBe('poll');
      expect(reply.messages).toEqual([]);
    }
    await say(core, where, 'profil metier "Éducatrice spécialisée"', marie);
    for (const text of ['profil', 'PROFILE']) {
      const reply = await ask(where, { text });
      expect(reply.form?.id).toBe('profile');
      expect(reply.form?.fields.find((f) => f.id === 'roleTitle')?.initial).toBe('Éducatrice spécialisée');
    }
    expect((await ask(where, { typed: { command: 'poll', args: {} } })).form?.id).toBe('poll');
    expect((await ask(where, { typed: { command: 'sondage', verb: 'creer', args: {} } })).form?.id).toBe(
      'poll',
    );
    expect((await ask(where, { typed: { command: 'profil', args: {} } })).form?.id).toBe('profile');
    for (const text of ['sondage liste', 'profil @Marie', '', 'sondages'])
      expect((await ask(where, { text })).form).toBeUndefined();
    const typedWho = { command: 'profil', args: { who: { kind: 'name' as const, name: 'Marie' } } };
    expect((await ask(where, { typed: typedWho })).form).toBeUndefined();
  });

  it('answers a typed poll lacking its question or options with the form, prefilled with what it gave', async () => {
    const where = newSpace('discord');
    const args = { question: 'Quels créneaux ?', multiple: true, max: '2', until: 'vendredi 18h' };
    const typed = { command: 'sondage', verb: 'creer', args };
    const reply = await ask(where, { typed });
    expect(reply.failed).toBe(false);
    expect(Object.fromEntries(reply.form?.fields.map((f) => [f.id, f.initial]) ?? [])).toEqual({
      question: 'Quels créneaux ?',
      options: '',
      deadline: 'vendredi 18h',
      settings: 'multiple max 2',
    });
    const whole = { ...typed, args: { ...args, options: ['Lundi', 'Mardi', 'Jeudi'] } };
    const created = await ask(where, { typed: whole });
    expect(created.form).toBeUndefined();
    expect(created.failed).toBe(false);
    // Where no form can open, the same request is refused as ever.
    const refused = await core.handle({ ...where, user: marie, typed });
    expect(refused.form).toBeUndefined();
    expect(refused.failed).toBe(true);
  });

  it('runs the command as ever where no form can open (the shell)', async () => {
    const where = newSpace('shell');
    await say(core, where, 'sondage "Quelle date ?" "Lundi" "Mardi"', marie);
    const reply = await core.handle({ ...where, user: marie, text: 'sondage' });
    expect(reply.form).toBeUndefined();
    expect(reply.messages.length).toBeGreaterThan(0);
  });

  it('puts each poll field’s error on that field, and writes nothing', async () => {
    const where = newSpace('slack');
    const networkId = (await core.enter({ ...where, user: marie })).network.id;
    const before = await rowCounts(database().db, networkId);
    const errorsOf = async (values: Record<string, string>) => {
      const base = { question: 'Quelle date ?', options: 'Lundi\nMardi', deadline: '', settings: '' };
      const reply = await core.submitForm({
        ...where,
        user: marie,
        channelId: 'c1',
        form: 'poll',
        values: { ...base, ...values },
      });
      expect(reply.failed).toBe(true);
      return reply.fieldErrors;
    };
    expect(Object.keys(await errorsOf({ question: 'x'.repeat(201) }))).toEqual(['question']);
    expect(Object.keys(await errorsOf({ options: 'Lundi' }))).toEqual(['options']);
    expect(Object.keys(await errorsOf({ deadline: 'mercredi de la semaine des quatre jeudis' }))).toEqual([
      'deadline',
    ]);
    expect(Object.keys(await errorsOf({ deadline: '200j' }))).toEqual(['deadline']);
    expect(Object.keys(await errorsOf({ settings: 'secret' }))).toEqual(['settings']);
    expect(Object.keys(await errorsOf({ settings: 'multiple max 9' }))).toEqual(['settings']);
    expect(Object.keys(await errorsOf({ settings: 'but 42' }))).toEqual(['settings']);
    const personal = await errorsOf({ options: 'Lundi\nRappeler Mme Durand au 06 12 34 56 78' });
    expect(Object.keys(personal)).toEqual(['options']);
    expect(personal.options).toMatch(/téléphone/);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('puts a phone number in the profile’s help field on that field, and writes nothing', async () => {
    const where = newSpace('slack');
    const networkId = (await core.enter({ ...where, user: marie })).network.id;
    const before = await rowCounts(database().db, networkId);
    const reply = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: { roleTitle: 'Conseillère', territory: 'Osny', helpOffer: 'Appelez-moi au 06 12 34 56 78' },
    });
    expect(reply.failed).toBe(true);
    expect(Object.keys(reply.fieldErrors)).toEqual(['helpOffer']);
    expect(reply.fieldErrors.helpOffer).toMatch(/numéro de téléphone/);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect((await say(core, where, 'profil', marie)).text).not.toContain('Osny');
  });
});
