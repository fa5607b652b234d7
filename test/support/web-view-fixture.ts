// A realistic view model of the web view, written by hand: twelve organisations with French
// names, ties, six months of trend (the last one running), two goals, a closed poll with its
// counts and one whose counts the threshold hides, and café rounds. Labels follow the locale.

import type { MapEdge, MapNode } from '../../src/core/digest/map/map-input.ts';
import type { WebDiagnostic } from '../../src/core/digest/web/web-view.ts';
import type { Locale } from '../../src/core/locale.ts';

const ORGANISATIONS: Array<[string, string, string, number]> = [
  ['o1', 'Mairie de Saint-Étienne-de-Crossey', 'collectivite', 14],
  ['o2', 'Association Les Jardins Partagés', 'association', 11],
  ['o3', 'Épicerie solidaire du Grésivaudan', 'association', 9],
  ['o4', 'Coopérative Énergies Citoyennes', 'entreprise', 7],
  ['o5', 'Centre social Léo-Lagrange', 'association', 6],
  ['o6', 'Communauté de communes du Trièves', 'collectivite', 5],
  ['o7', 'Ferme pédagogique de la Côte', 'entreprise', 4],
  ['o8', 'Maison de l’emploi Isère-Drôme', 'service-public', 4],
  ['o9', 'Régie de quartier Villeneuve', 'association', 3],
  ['o10', 'Café-librairie « Le Préau »', 'entreprise', 2],
  ['o11', 'Lycée agricole de La Côte-Saint-André', 'service-public', 1],
  ['o12', 'Collectif Vélo & Co', 'association', 0],
];

const TYPE_LABELS: Record<Locale, Record<string, string>> = {
  fr: {
    collectivite: 'Collectivité',
    association: 'Association',
    entreprise: 'Entreprise',
    'service-public': 'Service public',
  },
  en: {
    collectivite: 'Local authority',
    association: 'Association',
    entreprise: 'Business',
    'service-public': 'Public service',
  },
};

const TIES: Array<[string, string, number, boolean]> = [
  ['o1', 'o2', 6, false],
  ['o1', 'o3', 4, false],
  ['o1', 'o6', 3, true],
  ['o2', 'o3', 5, false],
  ['o2', 'o5', 2, false],
  ['o3', 'o4', 1, true],
  ['o4', 'o7', 2, false],
  ['o5', 'o9', 3, false],
  ['o6', 'o8', 1, false],
  ['o7', 'o10', 1, true],
  ['o8', 'o11', 1, false],
];

const pick = (locale: Locale, fr: string, en: string) => (locale === 'fr' ? fr : en);

export function webViewFixture(overrides: Partial<WebDiagnostic> = {}): WebDiagnostic {
  const locale = overrides.locale ?? 'fr';
  const say = (fr: string, en: string) => pick(locale, fr, en);
  const nodes: MapNode[] = ORGANISATIONS.map(([id, name, typeCode, activity]) => ({
    id,
    name,
    typeCode,
    typeLabel: TYPE_LABELS[locale][typeCode] ?? typeCode,
    activity,
    isolated: id === 'o12',
  }));
  const edges: MapEdge[] = TIES.map(([first, second, weight, isNew]) => ({ first, second, weight, isNew }));
  const months =
    locale === 'fr'
      ? ['juil. 2026', 'août 2026', 'sept. 2026', 'oct. 2026', 'nov. 2026', 'déc. 2026']
      : ['Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026', 'Dec 2026'];
  const base: WebDiagnostic = {
    locale,
    networkName: 'Réseau Transition Isère',
    title: say('Diagnostic permanent — décembre 2026', 'Ongoing digest — December 2026'),
    periodLabel: say('du 1er au 31 décembre 2026', 'from 1 to 31 December 2026'),
    previousLabel: say('novembre 2026', 'November 2026'),
    partial: true,
    generatedAt: say('7 décembre 2026 à 10 h 12', '7 December 2026 at 10:12'),
    expiresAt: say('14 décembre 2026 à 10 h 12', '14 December 2026 at 10:12'),
    headline: [
      { key: 'exchanges', label: say('Échanges', 'Exchanges'), value: 23, previous: 31 },
      { key: 'members', label: say('Membres actifs', 'Active members'), value: 17, previous: 12 },
      { key: 'organisations', label: say('Structures', 'Organisations'), value: 12, previous: 12 },
      { key: 'newTies', label: say('Nouveaux liens', 'New ties'), value: 3, previous: undefined },
    ],
    measures: [
      {
        key: 'linked',
        label: say('Structures reliées', 'Organisations linked'),
        value: '11',
        previous: '10',
        help: say(
          'Celles qui ont au moins un lien avec une autre.',
          'Those with at least one tie to another.',
        ),
      },
      {
        key: 'density',
        label: say('Densité', 'Density'),
        value: say('0,17', '0.17'),
        previous: undefined,
        help: say('La part des liens possibles qui existent.', 'The share of possible ties that exist.'),
      },
      {
        key: 'crossShare',
        label: say('Liens entre types', 'Ties across types'),
        value: say('64\u202f%', '64%'),
        previous: say('58\u202f%', '58%'),
        help: say(
          'La part des liens entre structures de types différents.',
          'The share of ties across types.',
        ),
      },
    ],
    trend: {
      months,
      lastPartial: true,
      series: [
        {
          key: 'organisations',
          label: say('Structures', 'Organisations'),
          unit: 'count',
          values: [9, 10, 10, 11, 12, 12],
        },
        {
          key: 'linked',
          label: say('Structures reliées', 'Organisations linked'),
          unit: 'count',
          values: [6, 7, 8, 9, 10, 11],
        },
        { key: 'ties', label: say('Liens', 'Ties'), unit: 'count', values: [5, 6, 8, 8, 10, 11] },
        {
          key: 'density',
          label: say('Densité', 'Density'),
          unit: 'ratio',
          values: [null, 0.13, 0.18, 0.15, 0.15, 0.17],
        },
      ],
    },
    map: {
      nodes,
      edges,
      locale,
      title: say('Réseau Transition Isère — 90 jours', 'Réseau Transition Isère — 90 days'),
      seed: 'fixture',
    },
    mapLabel: say(
      'les 90 derniers jours, jusqu’au 31 décembre 2026',
      'the last 90 days, up to 31 December 2026',
    ),
    blindSpots: {
      quietOrganisations: ['Collectif Vélo & Co', 'Lycée agricole de La Côte-Saint-André'],
      unexploredThemes: [say('Mobilité', 'Mobility'), say('Alimentation', 'Food')],
      missingActorKinds: [],
    },
    goals: [
      {
        ref: 1,
        title: say('Ouvrir une cantine en circuit court', 'Open a short-supply-chain canteen'),
        status: say('en cours', 'in progress'),
        exchanges: 5,
        indicators: [
          {
            day: say('3 oct. 2026', '3 Oct 2026'),
            isoDay: '2026-10-03',
            text: say('2 fermes partenaires', '2 partner farms'),
          },
          {
            day: say('7 nov. 2026', '7 Nov 2026'),
            isoDay: '2026-11-07',
            text: say('5 fermes partenaires', '5 partner farms'),
          },
        ],
      },
      {
        ref: 2,
        title: say('Un atelier vélo par commune', 'A bike workshop per town'),
        status: say('en pause', 'paused'),
        exchanges: 0,
        indicators: [],
      },
    ],
    closedPolls: [
      {
        ref: 4,
        question: say('Quel jour pour la rencontre de printemps ?', 'Which day for the spring meeting?'),
        closedOn: say('2 déc. 2026', '2 Dec 2026'),
        anonymous: false,
        participants: 14,
        hiddenReason: undefined,
        options: [
          { label: say('Mardi', 'Tuesday'), votes: 8 },
          { label: say('Jeudi', 'Thursday'), votes: 5 },
          { label: say('Samedi', 'Saturday'), votes: 1 },
        ],
      },
      {
        ref: 5,
        question: say('Faut-il changer de nom ?', 'Should we change our name?'),
        closedOn: say('5 déc. 2026', '5 Dec 2026'),
        anonymous: true,
        participants: null,
        hiddenReason: say(
          'Moins de 5 réponses : les résultats restent cachés.',
          'Fewer than 5 answers: the results stay hidden.',
        ),
        options: [
          { label: say('Oui', 'Yes'), votes: null },
          { label: say('Non', 'No'), votes: null },
        ],
      },
    ],
    cafe: {
      rounds: [
        { day: say('4 nov. 2026', '4 Nov 2026'), groups: 4, meetings: 3 },
        { day: say('2 déc. 2026', '2 Dec 2026'), groups: 5, meetings: 2 },
      ],
      groups: 9,
      meetings: 5,
    },
    otherLanguage: { locale: locale === 'fr' ? 'en' : 'fr', href: `?lang=${locale === 'fr' ? 'en' : 'fr'}` },
  };
  return { ...base, ...overrides };
}
