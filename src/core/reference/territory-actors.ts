// The kinds of local actors a socio-educational territory usually has, each mapped to the
// organisation types that stand for it. The digest uses it to name its blind spots (*angles
// morts*): kinds with no organisation in the network, or none active lately.

export interface TerritoryActorKind {
  key: string;
  fr: string;
  en: string;
  /** Organisation type codes (see organisation-types.ts); any one of them covers the kind. */
  typeCodes: readonly string[];
}

export const TERRITORY_ACTOR_KINDS: readonly TerritoryActorKind[] = [
  {
    key: 'school',
    fr: 'écoles, collèges et lycées',
    en: 'schools',
    typeCodes: ['ECOLE', 'COLLEGE', 'LYCEE', 'EN_SERVICE'],
  },
  {
    key: 'pre',
    fr: 'Programme de Réussite Éducative',
    en: 'Educational success programme',
    typeCodes: ['PRE'],
  },
  { key: 'cite-educative', fr: 'Cité éducative', en: 'Cité éducative', typeCodes: ['CITE_EDUC'] },
  {
    key: 'social-centre',
    fr: 'centres sociaux et maisons de quartier',
    en: 'social and neighbourhood centres',
    typeCodes: ['CS', 'CSC', 'EVS', 'MQ'],
  },
  {
    key: 'specialised-prevention',
    fr: 'prévention spécialisée',
    en: 'street youth work (prévention spécialisée)',
    typeCodes: ['PREVENTION', 'SCP'],
  },
  { key: 'mediation', fr: 'médiation sociale', en: 'social mediation', typeCodes: ['MEDIATION', 'PIMMS'] },
  { key: 'caf', fr: 'CAF', en: 'family allowance fund (CAF)', typeCodes: ['CAF'] },
  {
    key: 'department-social-services',
    fr: 'services sociaux du département (dont ASE et PMI)',
    en: "the département's social services (child welfare included)",
    typeCodes: ['DEPT', 'CD', 'MDS', 'CDAS', 'CMS', 'ASE'],
  },
  {
    key: 'municipal-social-services',
    fr: 'CCAS ou CIAS',
    en: 'municipal social services (CCAS)',
    typeCodes: ['CCAS', 'CIAS'],
  },
  {
    key: 'youth-service',
    fr: 'service jeunesse de la ville',
    en: 'town youth service',
    typeCodes: ['SERVICE_JEUNESSE', 'MJC', 'PIJ_BIJ', 'ACCUEIL_LOISIRS'],
  },
  {
    key: 'urban-policy',
    fr: 'politique de la ville (équipe, délégué du préfet)',
    en: "urban policy (team, prefect's delegate)",
    typeCodes: ['POLITIQUE_VILLE', 'PREF'],
  },
  { key: 'social-landlord', fr: 'bailleurs sociaux', en: 'social landlords', typeCodes: ['BAILLEUR'] },
  { key: 'mission-locale', fr: 'Mission locale', en: 'Mission locale', typeCodes: ['ML'] },
  {
    key: 'youth-justice',
    fr: 'protection judiciaire de la jeunesse',
    en: 'youth justice (PJJ)',
    typeCodes: ['PJJ'],
  },
  {
    key: 'health',
    fr: 'santé et santé mentale des jeunes',
    en: "young people's health and mental health",
    typeCodes: ['CMP', 'MDA', 'CSAPA', 'ESMS'],
  },
  {
    key: 'sport-culture',
    fr: 'clubs sportifs, culture, bibliothèques',
    en: 'sports clubs, culture, libraries',
    typeCodes: ['CLUB_SPORT', 'BIB'],
  },
];
