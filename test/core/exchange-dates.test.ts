// Dates of an exchange as people write them: between quotes as well as bare, and one year
// back at most, to the day (the README's promise).
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };

describeDatabases('exchange dates', (database) => {
  let core: Core;
  // Monday 7 December 2026, 11:00 in Paris.
  const clock = new FakeClock(new Date('2026-12-07T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function network() {
    const where = newSpace();
    await say(core, where, 'profil', marie);
    await say(core, where, 'profil', jean);
    return where;
  }

  it.each([
    ['date "12 mars"', '12 mars 2026'],
    ['date "hier"', '6 décembre 2026'],
    ['date "12/03"', '12 mars 2026'],
    ['date « 12 mars »', '12 mars 2026'],
    ['date “1er décembre”', '1 décembre 2026'],
  ])('reads a quoted date: %s', async (written, shown) => {
    const where = await network();
    const reply = await say(core, where, `echange appel @Jean ${written}`, marie);
    expect(reply.failed, reply.text).toBe(false);
    expect(reply.text.replace(/\u00a0/g, ' ')).toMatch(new RegExp(shown.replace(/^1 /, '1(er)? ')));
  });

  it('takes a date one year back to the day, and refuses the day before', async () => {
    const where = await network();
    const year = await say(core, where, 'echange appel @Jean date 07/12/2025', marie);
    expect(year.failed, year.text).toBe(false);
    const before = await say(core, where, 'echange appel @Jean date 06/12/2025', marie);
    expect(before.failed).toBe(true);
    expect(before.text).toMatch(/un an au plus/);
    expect((await say(core, where, 'echange liste', marie)).text.match(/Appel avec Jean/g)).toHaveLength(1);
  });
});
