// Found by the fuzz suite: what platforms pass as names and form values may hold characters
// PostgreSQL refuses, and an unexpected error's log must not carry a query's parameters.
import { expect, it } from 'vitest';
import { summariseError } from '../../src/core/errors.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import { networkIdOfSpace } from './hostile-identity-support.ts';

it('logs only the stack frames of an error, never the parameters in its message', () => {
  const error = new Error('Failed query: insert into members values ($1)\nparams: 1,Marie Curie');
  const summary = summariseError(error);
  expect(summary.message).not.toContain('Marie');
  expect(summary.stack).not.toContain('Marie');
  expect(summary.stack?.split('\n').every((line) => /^\s+at /.test(line))).toBe(true);
});

describeDatabases('hostile names and form values', (database) => {
  it('stores a display name with a NUL and a lone surrogate instead of failing', async () => {
    const logger = new RecordingLogger();
    const core = testCore(database().db, undefined, logger);
    const where = newSpace('slack');
    const reply = await say(core, where, 'aide', {
      externalId: 'U-NUL',
      displayName: 'Zoé\u0000\ud800 Martin',
    });
    expect(reply.failed).toBe(false);
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
    const found = await say(core, where, 'qui Martin');
    expect(found.text).toContain('Zoé\ufffd\ufffd Martin');
  });

  it('accepts a form value with a NUL as the same text with U+FFFD', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const user = { externalId: 'U-FORM', displayName: 'Form Filler', isPlatformAdmin: false };
    const reply = await core.submitForm({
      ...where,
      user,
      channelId: 'c1',
      form: 'poll',
      values: { question: 'Quand\u0000 se voir ?', options: 'lundi\nmardi' },
    });
    expect(reply.failed).toBe(false);
    const listed = await say(core, where, 'sondage liste', user);
    expect(listed.text).toContain('Quand\ufffd se voir');
  });

  it('answers in the visitor’s language without making them a member', async () => {
    const core = testCore(database().db);
    const where = newSpace('discord');
    await say(core, where, 'aide');
    const networkId = await networkIdOfSpace(database().db, where.space.externalId);
    const before = await rowCounts(database().db, networkId);
    const visitor = {
      ...where,
      user: { externalId: 'newcomer', displayName: 'New', isPlatformAdmin: false, locale: 'en' as const },
    };
    expect(await core.localeOf(visitor)).toBe('en');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });
});
