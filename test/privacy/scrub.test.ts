// How an erasure finds a name and user ids in free text, on the database itself: whatever
// the case and the database's locale, whole words only, special characters taken literally,
// platform mentions replaced whole, short names left alone.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { scrubbed, scrubPatterns } from '../../db/repositories/privacy-scrub.ts';
import { describeDatabases } from '../support/databases.ts';

const LABEL = 'Ancien membre';

describeDatabases('scrubbing a name and user ids', (database) => {
  async function scrub(name: string, ids: string[], texts: string[]): Promise<string[]> {
    const patterns = scrubPatterns(name, ids);
    const out: string[] = [];
    for (const text of texts) {
      const result = (await database().db.execute(
        sql`select ${scrubbed(sql`${text}::text`, patterns, LABEL)} as out`,
      )) as unknown as Array<{ out: string }> | { rows: Array<{ out: string }> };
      out.push((Array.isArray(result) ? result : result.rows)[0]?.out ?? '');
    }
    return out;
  }

  it('finds the name whatever its case, with or without its accents, spaces stretched', async () => {
    expect(
      await scrub(
        'Zéphyrine Quatrebarbes',
        [],
        [
          'vu avec Zéphyrine Quatrebarbes hier',
          'PORTÉ PAR ZÉPHYRINE  QUATREBARBES.',
          'demander à zéphyrine\u00a0quatrebarbes',
          'Zéphyrine seule',
          'Zephyrine Quatrebarbes sans accent',
        ],
      ),
    ).toEqual([
      'vu avec Ancien membre hier',
      'PORTÉ PAR Ancien membre.',
      'demander à Ancien membre',
      'Zéphyrine seule',
      `${LABEL} sans accent`,
    ]);
  });

  it('matches whole words only', async () => {
    expect(await scrub('Léo', [], ['vu Léo hier', 'Léonard', 'CLÉO', '(léo)', 'Léo'])).toEqual([
      `vu ${LABEL} hier`,
      'Léonard',
      'CLÉO',
      `(${LABEL})`,
      LABEL,
    ]);
  });

  it('takes the name’s special characters literally', async () => {
    expect(
      await scrub(
        'J.-P. (Bob) Smith+',
        [],
        ['merci J.-P. (Bob) Smith+ !', 'JX-P. (Bob) Smith+', 'J.-P. Bob Smith'],
      ),
    ).toEqual([`merci ${LABEL} !`, 'JX-P. (Bob) Smith+', 'J.-P. Bob Smith']);
  });

  it('replaces Slack and Discord mentions whole, and bare ids as words', async () => {
    expect(
      await scrub(
        'Sam',
        ['U0ZEPHYR42', '123456789012345678'],
        [
          'avec <@U0ZEPHYR42> et <@U0ZEPHYR42|zeph>',
          'avec <@!123456789012345678> et <@123456789012345678>',
          'id 123456789012345678, pas 91234567890123456789',
          'u0zephyr42 en minuscules',
        ],
      ),
    ).toEqual([
      `avec ${LABEL} et ${LABEL}`,
      `avec ${LABEL} et ${LABEL}`,
      `id ${LABEL}, pas 91234567890123456789`,
      `${LABEL} en minuscules`,
    ]);
  });

  it('leaves names and ids shorter than three characters alone', async () => {
    expect(scrubPatterns('Al', ['u1'])).toEqual({ mention: null, word: null });
    expect(await scrub('Al', ['u1'], ['Al et u1'])).toEqual(['Al et u1']);
  });
});
