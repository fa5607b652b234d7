// `diagnostic export` on real databases, driven through the core: the workbook read back with
// exceljs (sheets, headers, a pair's count, accents, date cells) and the CSVs (BOM, `;`,
// decimal comma, accents); a stray word gets a private answer and no file.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import type { AnyPrivateFile } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const paul = { externalId: 'u-paul', displayName: 'Paul Petit', isPlatformAdmin: false };

const OCTOBER = new Date('2026-10-05T09:00:00Z');
const NOVEMBER = new Date('2026-11-16T10:00:00Z');
const NOW = new Date('2026-12-07T10:00:00Z');

/** The workbook among the files, read back with exceljs. */
async function workbookOf(files: readonly AnyPrivateFile[]) {
  const xlsx = files.find((f) => f.name.endsWith('.xlsx'));
  if (!xlsx || typeof xlsx.content === 'string') throw new Error('no workbook');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(xlsx.content) as unknown as ArrayBuffer);
  return book;
}
const csvText = (files: readonly AnyPrivateFile[], slug: string) => {
  const file = files.find((f) => f.name.endsWith(`-${slug}.csv`));
  if (!file || typeof file.content !== 'string') throw new Error(`no ${slug}.csv`);
  return file.content;
};

describeDatabases('digest export', (database) => {
  let core: Core;
  const clock = new FakeClock(NOW);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function network() {
    const where = newSpace();
    clock.current = OCTOBER;
    await say(core, where, 'profil structure "Centre social des Touleuses" type CS', zoe);
    await say(core, where, 'profil structure "Collège Les Explorateurs" type COLLEGE', paul);
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'but nouveau "Aucun jeune sans solution"', marie);
    expect((await say(core, where, 'echange appel @Paul', zoe)).failed).toBe(false);
    clock.current = NOVEMBER;
    expect((await say(core, where, 'echange rencontre @Paul', zoe)).failed).toBe(false);
    expect((await say(core, where, 'echange appel @Paul', zoe)).failed).toBe(false);
    expect((await say(core, where, 'but 1 indicateur "12 élèves accompagnés"', marie)).failed).toBe(false);
    clock.current = NOW;
    const id = await createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      return found?.network.id ?? '';
    });
    for (const table of ['members', 'organisations'])
      await database().db.execute(
        sql`update ${sql.identifier(table)} set created_at = '2026-09-01T00:00:00Z' where network_id = ${id}`,
      );
    // A café round on 2 November: two pairs, one of which said both that they met.
    await createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no network');
      const ids = (await repos.members.list(id)).map((member) => member.id);
      const [a = '', b = '', c = ''] = ids;
      const { groups } = await repos.cafe.createRound(id, {
        slot: new Date('2026-11-02T08:00:00Z'),
        spaceId: found.space.id,
        channelId: null,
        groups: [[a, b], [c]],
      });
      const met = groups[0]?.id ?? '';
      await repos.cafe.answer(id, met, a, true, NOVEMBER);
      await repos.cafe.answer(id, met, b, true, NOVEMBER);
    });
    return where;
  }

  it('gives the asker a workbook and CSVs that read back with their accents, numbers and dates', async () => {
    const where = await network();
    const reply = await say(core, where, 'diagnostic export', marie);
    expect(reply.failed).toBe(false);
    const [message] = reply.messages;
    expect(message?.visibility).toBe('private');
    const files = message?.files ?? [];
    expect(files.map((f) => f.name)).toEqual([
      'diagnostic-2026-01-01-2026-12-07.xlsx',
      'diagnostic-2026-01-01-2026-12-07-echanges.csv',
      'diagnostic-2026-01-01-2026-12-07-nouveaux-liens.csv',
      'diagnostic-2026-01-01-2026-12-07-mesures.csv',
      'diagnostic-2026-01-01-2026-12-07-buts.csv',
      'diagnostic-2026-01-01-2026-12-07-cafe.csv',
    ]);

    const book = await workbookOf(files);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'À propos',
      'Échanges par mois',
      'Nouveaux liens',
      'Mesures par mois',
      'Buts et indicateurs',
      'Café',
    ]);
    const about = book.getWorksheet('À propos');
    expect(about?.getCell('B2').value).toBe('du jeudi 1er janvier 2026 au lundi 7 décembre 2026');

    const exchanges = book.getWorksheet('Échanges par mois');
    expect(exchanges?.getRow(1).values).toEqual([
      undefined,
      'Organisation A',
      'Organisation B',
      'Mois',
      'Échanges',
    ]);
    // October: one call; November: a meeting and a call, between the centre and the college.
    const rows = exchanges?.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Centre social des Touleuses', 'Collège Les Explorateurs', new Date('2026-10-01T00:00:00Z'), 1],
      ['Centre social des Touleuses', 'Collège Les Explorateurs', new Date('2026-11-01T00:00:00Z'), 2],
    ]);
    expect(exchanges?.getCell('C2').numFmt).toBe('mm/yyyy');
    expect(exchanges?.getCell('C2').type).toBe(ExcelJS.ValueType.Date);

    const ties = book.getWorksheet('Nouveaux liens');
    expect(ties?.getCell('B2').value).toBe('Collège Les Explorateurs');
    expect(ties?.getCell('C2').value).toEqual(new Date('2026-10-05T00:00:00Z'));
    expect(ties?.getCell('C2').numFmt).toBe('dd/mm/yyyy');

    const measures = book.getWorksheet('Mesures par mois');
    // November (row 12): 3 organisations, 2 linked, 1 tie of 3 possible, across types: E-I 1.
    expect(measures?.getRow(12).values).toEqual([
      undefined,
      new Date('2026-11-01T00:00:00Z'),
      3,
      2,
      1,
      1 / 3,
      1,
      0,
      1,
    ]);

    const goals = book.getWorksheet('Buts et indicateurs');
    expect(goals?.getRow(2).values).toEqual([
      undefined,
      1,
      'Aucun jeune sans solution',
      'proposé',
      new Date('2026-11-16T00:00:00Z'),
      '12 élèves accompagnés',
    ]);
    const cafe = book.getWorksheet('Café');
    expect(cafe?.getRow(1).values).toEqual([undefined, 'Tour du', 'Groupes formés', 'Rencontres signalées']);
    expect(cafe?.getRow(2).values).toEqual([undefined, new Date('2026-11-02T00:00:00Z'), 2, 1]);
    expect(csvText(files, 'cafe')).toContain('02/11/2026;2;1\r\n');

    const csv = csvText(files, 'echanges');
    expect(csv.startsWith('\uFEFFOrganisation A;Organisation B;Mois;Échanges\r\n')).toBe(true);
    expect(csv).toContain('Centre social des Touleuses;Collège Les Explorateurs;11/2026;2\r\n');
    expect(csvText(files, 'mesures')).toContain('11/2026;3;2;1;0,3333;1;0;1,0000\r\n');
    expect(csvText(files, 'nouveaux-liens')).toContain(';05/10/2026\r\n');
    expect(csvText(files, 'buts')).toContain(
      '1;Aucun jeune sans solution;proposé;16/11/2026;12 élèves accompagnés',
    );
    // No person and no exchange note in any file.
    for (const file of files.filter((f) => typeof f.content === 'string'))
      expect(String(file.content)).not.toMatch(/Zoé|Paul|Marie/);
  });

  it('writes an English network’s files in English, with ISO dates and the decimal point', async () => {
    const where = await network();
    // A workspace admin is a facilitator by right: they set the network's language.
    expect((await say(core, where, 'config langue en', { ...zoe, isPlatformAdmin: true })).failed).toBe(
      false,
    );
    const reply = await say(core, where, 'digest export', paul);
    const files = reply.messages[0]?.files ?? [];
    const book = await workbookOf(files);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'About',
      'Exchanges by month',
      'New ties',
      'Measures by month',
      'Goals and indicators',
      'Café',
    ]);
    const exchanges = book.getWorksheet('Exchanges by month');
    expect(exchanges?.getCell('C3').value).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(exchanges?.getCell('C3').type).toBe(ExcelJS.ValueType.Date);
    const csv = csvText(files, 'echanges');
    expect(csv.startsWith('\uFEFFOrganisation A;Organisation B;Month;Exchanges\r\n')).toBe(true);
    expect(csv).toContain('Centre social des Touleuses;Collège Les Explorateurs;2026-11;2\r\n');
    expect(csvText(files, 'mesures')).toContain('2026-11;3;2;1;0.3333;1;0;1.0000\r\n');
    expect(csvText(files, 'nouveaux-liens')).toContain(';2026-10-05\r\n');
    expect(csvText(files, 'buts')).toContain(
      '1;Aucun jeune sans solution;proposed;2026-11-16;12 élèves accompagnés',
    );
  });

  it('answers a stray word privately and writes nothing', async () => {
    const where = await network();
    const reply = await say(core, where, 'diagnostic export foo', marie);
    expect(reply.failed).toBe(true);
    expect(reply.messages.every((m) => m.visibility === 'private' && !m.files && !m.file)).toBe(true);
    expect(reply.text).toContain('couvre toujours les 12 derniers mois');
  });
});
