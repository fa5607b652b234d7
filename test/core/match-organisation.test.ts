import { describe, expect, it } from 'vitest';
import { matchOrganisation } from '../../src/core/directory/match-organisation.ts';
import type { Organisation } from '../../src/core/model.ts';

const org = (name: string, typeCode: string): Organisation => ({ id: name, networkId: 'n', name, typeCode });
const ORGS = [
  org('Mission locale de Cergy', 'ML'),
  org('Mission locale de Pontoise', 'ML'),
  org('Programme de Réussite Éducative de Cergy', 'PRE'),
  org('Centre social des Touleuses', 'CS'),
  org('Collège Les Explorateurs', 'COLLEGE'),
];
const names = (query: string) => matchOrganisation(query, ORGS).candidates.map((o) => o.name);

describe('organisation matching', () => {
  it('finds by exact name regardless of accents and case', () => {
    expect(matchOrganisation('programme de reussite educative de cergy', ORGS).match?.name).toBe(
      'Programme de Réussite Éducative de Cergy',
    );
  });

  it('finds by initials and a place: "ML Cergy"', () => {
    expect(matchOrganisation('ML Cergy', ORGS).match?.name).toBe('Mission locale de Cergy');
  });

  it('finds by acronym of the name: "PRE"', () => {
    expect(matchOrganisation('PRE', ORGS).match?.name).toBe('Programme de Réussite Éducative de Cergy');
  });

  it('finds by a distinctive word', () => {
    expect(matchOrganisation('touleuses', ORGS).match?.name).toBe('Centre social des Touleuses');
    expect(matchOrganisation('college', ORGS).match?.name).toBe('Collège Les Explorateurs');
  });

  it('does not choose between two candidates', () => {
    const result = matchOrganisation('Mission locale', ORGS);
    expect(result.match).toBeUndefined();
    expect(names('Mission locale')).toEqual(['Mission locale de Cergy', 'Mission locale de Pontoise']);
  });

  it('finds nothing for unrelated words', () => {
    expect(names('CAF Sarcelles')).toEqual([]);
    expect(matchOrganisation('   ', ORGS).candidates).toEqual([]);
  });
});
