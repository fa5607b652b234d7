// The kinds of local actors a socio-educational territory usually has, each mapped to the
// organisation types that stand for it. The digest uses it to name its blind spots (*angles
// morts*): kinds with no organisation in the network, or none active lately.

export interface TerritoryActorKind {
  key: string;
  fr: string;
  en: string;
  /** Organisation type codes (see organisation-types.ts); any one of them covers the kind. */
  typeCodes: readonly string[];
  /** Who in a network might reach such an actor, and the word `qui` finds them by. */
  reachedBy: { fr: string; en: string; search: string };
}

export const TERRITORY_ACTOR_KINDS: readonly TerritoryActorKind[] = [
  {
    key: 'school',
    fr: 'écoles, collèges et lycées',
    en: 'schools',
    typeCodes: ['ECOLE', 'COLLEGE', 'LYCEE', 'EN_SERVICE'],
    reachedBy: {
      fr: 'Les membres qui suivent la scolarité des jeunes',
      en: "Members who follow young people's schooling",
      search: 'scolaire',
    },
  },
  {
    key: 'pre',
    fr: 'Programme de Réussite Éducative',
    en: 'Educational success programme',
    typeCodes: ['PRE'],
    reachedBy: {
      fr: 'Les écoles et les services de la ville',
      en: 'Schools and town services',
      search: 'reussite',
    },
  },
  {
    key: 'cite-educative',
    fr: 'Cité éducative',
    en: 'Cité éducative',
    typeCodes: ['CITE_EDUC'],
    reachedBy: {
      fr: 'Les écoles, la ville et la politique de la ville',
      en: 'Schools, the town and urban policy',
      search: 'educatif',
    },
  },
  {
    key: 'social-centre',
    fr: 'centres sociaux et maisons de quartier',
    en: 'social and neighbourhood centres',
    typeCodes: ['CS', 'CSC', 'EVS', 'MQ'],
    reachedBy: {
      fr: 'Les membres qui animent la vie de quartier',
      en: 'Members who work on neighbourhood life',
      search: 'quartier',
    },
  },
  {
    key: 'specialised-prevention',
    fr: 'prévention spécialisée',
    en: 'street youth work (prévention spécialisée)',
    typeCodes: ['PREVENTION', 'SCP'],
    reachedBy: {
      fr: 'Les membres qui travaillent avec les jeunes',
      en: 'Members who work with young people',
      search: 'jeunes',
    },
  },
  {
    key: 'mediation',
    fr: 'médiation sociale',
    en: 'social mediation',
    typeCodes: ['MEDIATION', 'PIMMS'],
    reachedBy: {
      fr: 'Les membres qui travaillent sur la tranquillité et le lien social',
      en: 'Members who work on community relations',
      search: 'mediation',
    },
  },
  {
    key: 'caf',
    fr: 'CAF',
    en: 'family allowance fund (CAF)',
    typeCodes: ['CAF'],
    reachedBy: {
      fr: 'Les membres qui accompagnent les familles dans leurs droits',
      en: 'Members who help families with their rights',
      search: 'droits',
    },
  },
  {
    key: 'department-social-services',
    fr: 'services sociaux du département (dont ASE et PMI)',
    en: "the département's social services (child welfare included)",
    typeCodes: ['DEPT', 'CD', 'MDS', 'CDAS', 'CMS', 'ASE'],
    reachedBy: {
      fr: 'Les membres qui accompagnent les familles',
      en: 'Members who support families',
      search: 'famille',
    },
  },
  {
    key: 'municipal-social-services',
    fr: 'CCAS ou CIAS',
    en: 'municipal social services (CCAS)',
    typeCodes: ['CCAS', 'CIAS'],
    reachedBy: {
      fr: 'Les membres qui accompagnent les démarches',
      en: 'Members who help with procedures',
      search: 'demarches',
    },
  },
  {
    key: 'youth-service',
    fr: 'service jeunesse de la ville',
    en: 'town youth service',
    typeCodes: ['SERVICE_JEUNESSE', 'MJC', 'PIJ_BIJ', 'ACCUEIL_LOISIRS'],
    reachedBy: {
      fr: 'Les membres qui travaillent avec les jeunes',
      en: 'Members who work with young people',
      search: 'jeunes',
    },
  },
  {
    key: 'urban-policy',
    fr: 'politique de la ville (équipe, délégué du préfet)',
    en: "urban policy (team, prefect's delegate)",
    typeCodes: ['POLITIQUE_VILLE', 'PREF'],
    reachedBy: {
      fr: 'Les membres de la ville et des associations de quartier',
      en: 'Town and neighbourhood association members',
      search: 'ville',
    },
  },
  {
    key: 'social-landlord',
    fr: 'bailleurs sociaux',
    en: 'social landlords',
    typeCodes: ['BAILLEUR'],
    reachedBy: {
      fr: 'Les membres qui travaillent sur le logement',
      en: 'Members who work on housing',
      search: 'logement',
    },
  },
  {
    key: 'mission-locale',
    fr: 'Mission locale',
    en: 'Mission locale',
    typeCodes: ['ML'],
    reachedBy: {
      fr: 'Les membres qui travaillent sur l’emploi et la formation',
      en: 'Members who work on jobs and training',
      search: 'emploi',
    },
  },
  {
    key: 'youth-justice',
    fr: 'protection judiciaire de la jeunesse',
    en: 'youth justice (PJJ)',
    typeCodes: ['PJJ'],
    reachedBy: {
      fr: 'Les éducateurs et les membres de la prévention',
      en: 'Youth workers and prevention members',
      search: 'educateur',
    },
  },
  {
    key: 'health',
    fr: 'santé et santé mentale des jeunes',
    en: "young people's health and mental health",
    typeCodes: ['CMP', 'MDA', 'CSAPA', 'ESMS'],
    reachedBy: {
      fr: 'Les membres qui travaillent sur la santé',
      en: 'Members who work on health',
      search: 'sante',
    },
  },
  {
    key: 'sport-culture',
    fr: 'clubs sportifs, culture, bibliothèques',
    en: 'sports clubs, culture, libraries',
    typeCodes: ['CLUB_SPORT', 'BIB'],
    reachedBy: {
      fr: 'Les membres qui travaillent sur le sport, la culture et les loisirs',
      en: 'Members who work on sport, culture and leisure',
      search: 'loisirs',
    },
  },
];
