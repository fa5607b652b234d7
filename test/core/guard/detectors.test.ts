// The guard's decisions on borderline writings, one by one, so that a change of mind is deliberate.

import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/core/guard/index.ts';

const verdictOf = (text: string) => checkText(text).verdict;
const kindsIn = (text: string) => checkText(text).findings.map((finding) => finding.kind);

describe('phone numbers', () => {
  it.each([
    '0612345678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '0033 6 12 34 56 78',
    '+33612345678',
    '06 1234 5678',
    '01 23 45 67 89',
    '05 56 78 90 12',
    '09 81 45 62 30',
    '+44 20 7946 0958',
    '+1 (555) 123-4567',
  ])('refuses %s', (text) => {
    expect(kindsIn(text)).toEqual(['phone']);
  });

  it('refuses an incomplete number announced by a phone word, not a bare one', () => {
    expect(kindsIn('portable 06 12 34 56 7')).toEqual(['phone']);
    expect(verdictOf('dossier 06 12 34 56 7')).toBe('pass');
  });

  it('lets service numbers pass: 08 numbers, 115, 119, 3919', () => {
    expect(verdictOf('numéro vert 0 800 05 95 95')).toBe('pass');
    expect(verdictOf('appeler le 115 ou le 119, affiche du 3919')).toBe('pass');
  });

  it('does not take a date followed by a time for a phone number', () => {
    expect(verdictOf('RDV le 06/03/2026 10h30')).toBe('pass');
    expect(verdictOf('rdv le 06.03.2026 10.30')).toBe('pass');
  });

  it('does not take an amount with a plus sign for a foreign number', () => {
    expect(verdictOf('+12 000 000 € sur le programme')).toBe('pass');
  });
});

describe('social security numbers', () => {
  it('refuses a NIR with a valid key, spaced or not', () => {
    expect(kindsIn('1 92 05 93 066 123 26')).toEqual(['nir']);
    expect(kindsIn('192059306612326')).toEqual(['nir']);
  });

  it('refuses a NIR typed in the card layout even when its key is wrong', () => {
    expect(kindsIn('1 85 05 78 006 084 36')).toEqual(['nir']);
  });

  it('lets an unspaced 15-digit number with a wrong key pass unless "sécu" announces it', () => {
    expect(verdictOf('référence 185057800608436')).toBe('pass');
    expect(kindsIn('sécu 185057800608436')).toEqual(['nir']);
  });

  it('lets SIRET and SIREN numbers pass', () => {
    expect(verdictOf('SIRET 123 456 789 00012')).toBe('pass');
    expect(verdictOf('SIRET 12345678900012')).toBe('pass');
    expect(verdictOf('SIREN 552 100 554')).toBe('pass');
  });

  it('refuses Corsican numbers (2A, 2B)', () => {
    expect(kindsIn('1 04 03 2A 004 018 24')).toEqual(['nir']);
  });
});

describe('bank accounts', () => {
  it('refuses a valid IBAN with or without spaces', () => {
    expect(kindsIn('FR76 3000 6000 0112 3456 7890 189')).toEqual(['iban']);
    expect(kindsIn('FR7630006000011234567890189')).toEqual(['iban']);
    expect(kindsIn('gb29 nwbk 6016 1331 9268 19')).toEqual(['iban']);
  });

  it('refuses a French-shaped IBAN whose checksum fails: a mistyped account is still an account', () => {
    expect(kindsIn('FR76 1234 5678 9012 3456 7890 123')).toEqual(['iban']);
  });

  it('refuses it in lower case too', () => {
    expect(kindsIn('fr76 1234 5678 9012 3456 7890 123')).toEqual(['iban']);
  });

  it('lets IBAN-shaped strings of the wrong length or an unknown country pass when the checksum fails', () => {
    expect(verdictOf('FR76 1234 5678 9012 3456')).toBe('pass');
    expect(verdictOf('QQ12 3456 7890 1234 5678 90')).toBe('pass');
    expect(verdictOf('le12 mars 2024 salle 2040')).toBe('pass');
  });

  it('ends the IBAN where its country says, not in the next word', () => {
    const [finding] = checkText('TN59 1000 6035 1835 9847 8831 pour l’envoi').findings;
    expect(finding?.excerpt).toBe('TN59 1000 6035 1835 9847 8831');
  });
});

describe('dates of birth', () => {
  it.each([
    'né le 12/03/2009',
    'née le 12.03.09',
    'né·e le 12 mars 2009',
    'né(e) le 2009-03-12',
    'né en 2009',
    'date de naissance 1er mars 2010',
    'DDN 12/03/2009',
    'DN : 12/03/2009',
    'naissance : 12/03/2009',
    'born on 12/03/2009',
    'd.o.b. 12/03/2009',
    'nee le 12/03/2009',
    'ne le 12/03/2009',
  ])('refuses %s', (text) => {
    expect(kindsIn(text)).toEqual(['birthdate']);
  });

  it('lets a date without birth context pass', () => {
    expect(verdictOf('réunion le 12/03/2009')).toBe('pass');
  });

  it('lets birth years of an age group and of projects pass', () => {
    expect(verdictOf('les jeunes nés en 2010 sont prioritaires')).toBe('pass');
    expect(verdictOf('le projet est né en 2019')).toBe('pass');
    expect(verdictOf('congé naissance du 12/03 au 15/03')).toBe('pass');
  });

  it('does not read the negation "ne" as "né"', () => {
    expect(verdictOf('on ne le saura que le 12/03')).toBe('pass');
    expect(verdictOf('ne pas oublier le 12/03/2026')).toBe('pass');
  });

  it('reads unaccented "ne" as "né" after a form of "être"', () => {
    expect(kindsIn('il est ne a Bamako le 12/03/2009')).toEqual(['birthdate']);
  });

  it('finds a date written before the birth word', () => {
    expect(checkText('Kevin, 12/03/2009 (date de naissance)').findings[0]?.excerpt).toBe(
      '12/03/2009 (date de naissance',
    );
  });
});

describe('street addresses', () => {
  it('refuses a numbered street with flat details', () => {
    const [finding] = checkText(
      'habite 12 bis rue des Lilas, 95000 Cergy, bât B, appt 12 depuis mars',
    ).findings;
    expect(finding?.kind).toBe('address');
    expect(finding?.excerpt).toBe('12 bis rue des Lilas, 95000 Cergy, bât B, appt 12');
  });

  it('lets a street named without a number pass', () => {
    expect(verdictOf('au local de la rue Paul Bert')).toBe('pass');
    expect(verdictOf('place de la Mairie')).toBe('pass');
  });

  it('needs more than a lower-case word after an ambiguous street type', () => {
    expect(verdictOf('3 cours de maths et 1 place disponible')).toBe('pass');
    expect(kindsIn('4 place Charles de Gaulle')).toEqual(['address']);
    expect(kindsIn('habite au 4 place du marché')).toEqual(['address']);
  });

  it('lets the address of a meeting place pass unless the sentence speaks of a home', () => {
    expect(verdictOf('forum au 12 rue de la Paix, salle 2')).toBe('pass');
    expect(verdictOf('réunion chez la famille au 12 rue de la Paix')).toBe('refuse');
  });
});

describe('warnings about a person', () => {
  it('warns about a civility followed by a name, not by a title or a colleague’s role', () => {
    expect(kindsIn('Mme Diallo est passée')).toEqual(['civility-name']);
    expect(verdictOf('Madame la Directrice valide')).toBe('pass');
    expect(verdictOf('Mme Durand, principale du collège')).toBe('pass');
  });

  it('warns about a family name after "famille" and "les", not about plural place names', () => {
    expect(kindsIn('la famille Traoré')).toEqual(['family-name']);
    expect(kindsIn('chez les Dupont')).toEqual(['family-name']);
    expect(verdictOf('aux Mureaux et chez les Francas')).toBe('pass');
  });

  it('warns about a first name tied to a measure, not about colleagues or generic talk', () => {
    expect(kindsIn('Kevin est suivi en AEMO')).toEqual(['name-measure']);
    expect(verdictOf('point AEMO avec Sophie')).toBe('pass');
    expect(verdictOf('Sophie de l’ASE passe jeudi')).toBe('pass');
    expect(verdictOf('les mesures AEMO du secteur')).toBe('pass');
  });

  it('takes an unknown capitalised word before an age for a name, but not at sentence start', () => {
    expect(kindsIn('vu Zyad, 15 ans, au parc')).toEqual(['person-age']);
    expect(verdictOf('Atelier, 15 ans et plus')).toBe('pass');
  });
});
