// The web view's fixed words, in French and English: headings, labels of the map's controls,
// the charts' words, the footer, and the refusal page for a link that no longer works.
import { defineMessages } from '../../i18n/index.ts';

export const webMessages = defineMessages({
  period: { fr: 'Période : {period}', en: 'Period: {period}' },
  comparedWith: { fr: 'comparée à {previous}', en: 'compared with {previous}' },
  soFar: { fr: 'en cours', en: 'so far' },
  generated: { fr: 'Page générée le {at}', en: 'Page generated on {at}' },
  expires: { fr: 'Ce lien cesse de fonctionner le {at}.', en: 'This link stops working on {at}.' },
  switchLanguage: { fr: 'English version', en: 'Version française' },
  print: { fr: 'Imprimer', en: 'Print' },

  headlineHeading: { fr: 'En bref', en: 'At a glance' },
  up: {
    fr: '↑ +{difference} par rapport à la période précédente',
    en: '↑ +{difference} on the period before',
  },
  down: {
    fr: '↓ −{difference} par rapport à la période précédente',
    en: '↓ −{difference} on the period before',
  },
  same: { fr: '= comme la période précédente', en: '= same as the period before' },
  previousValue: { fr: 'Période précédente : {value}', en: 'Period before: {value}' },

  measuresHeading: { fr: 'Mesures du réseau', en: 'Network measures' },
  measure: { fr: 'Mesure', en: 'Measure' },
  value: { fr: 'Valeur', en: 'Value' },
  previous: { fr: 'Période précédente', en: 'Period before' },
  meaning: { fr: 'Ce que cela veut dire', en: 'What it means' },
  noPrevious: { fr: '—', en: '—' },

  trendHeading: { fr: 'Évolution sur les derniers mois', en: 'Trend over the last months' },
  countsChart: { fr: 'Effectifs et liens', en: 'Counts and ties' },
  chartSummary: { fr: '{title}, de {from} à {to} : {lines}.', en: '{title}, from {from} to {to}: {lines}.' },
  chartLine: { fr: '{label} de {first} à {last}', en: '{label} from {first} to {last}' },
  partialMonth: { fr: '{month} (en cours)', en: '{month} (so far)' },
  partialNote: {
    fr: 'Le dernier mois est en cours : son point, creux, compte les chiffres jusqu’ici.',
    en: 'The last month is still running: its hollow point counts the figures so far.',
  },
  lineNoValue: { fr: '{label} : sans objet', en: '{label}: not applicable' },
  pointLabel: { fr: '{label} — {month} : {value}', en: '{label} — {month}: {value}' },
  noTrend: {
    fr: 'Pas encore assez de mois pour tracer une évolution.',
    en: 'Not enough months yet to draw a trend.',
  },

  mapHeading: { fr: 'Carte du réseau', en: 'Network map' },
  zoomIn: { fr: 'Zoomer', en: 'Zoom in' },
  zoomOut: { fr: 'Dézoomer', en: 'Zoom out' },
  zoomReset: { fr: 'Vue d’ensemble', en: 'Reset view' },
  mapHelp: {
    fr: 'Molette ou pincement pour zoomer, glisser pour se déplacer ; survolez une structure pour lire son nom.',
    en: 'Wheel or pinch to zoom, drag to move; hover over an organisation to read its name.',
  },
  mapWindow: { fr: 'Période de la carte : {label}', en: 'The map covers {label}' },

  blindSpotsHeading: { fr: 'Angles morts', en: 'Blind spots' },
  quietOrganisations: {
    fr: 'Structures sans échange ces quatre dernières semaines',
    en: 'Organisations without an exchange in the last four weeks',
  },
  quietNone: {
    fr: 'Aucune : toutes ont échangé. Bravo !',
    en: 'None: every one of them took part. Well done!',
  },
  unexploredThemes: {
    fr: 'Thèmes des profils absents des échanges',
    en: 'Themes in profiles and in no exchange',
  },
  themesNone: { fr: 'Aucun : chaque thème a servi.', en: 'None: every theme came up.' },
  missingActorKinds: {
    fr: 'Acteurs du territoire absents du réseau',
    en: 'Territory actors missing from the network',
  },
  kindsNone: { fr: 'Aucun : tous sont représentés.', en: 'None: all of them are there.' },

  goalsHeading: { fr: 'Buts partagés', en: 'Shared goals' },
  goalRef: { fr: 'But n° {ref}', en: 'Goal no. {ref}' },
  goalStatus: { fr: 'Statut : {status}', en: 'Status: {status}' },
  goalExchanges: {
    fr: 'Échanges liés sur la période : {count}',
    en: 'Exchanges linked in the period: {count}',
  },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
  noIndicator: { fr: 'Aucun indicateur pour l’instant.', en: 'No indicator yet.' },
  noGoal: { fr: 'Aucun but partagé pour l’instant.', en: 'No shared goal yet.' },

  pollsHeading: { fr: 'Sondages clos', en: 'Closed polls' },
  pollRef: { fr: 'Sondage n° {ref}, clos le {day}', en: 'Poll no. {ref}, closed on {day}' },
  anonymous: { fr: 'anonyme', en: 'anonymous' },
  participantsOne: { fr: '{count} participant', en: '{count} participant' },
  participantsMany: { fr: '{count} participants', en: '{count} participants' },
  votesOne: { fr: '{count} voix ({share})', en: '{count} vote ({share})' },
  votesMany: { fr: '{count} voix ({share})', en: '{count} votes ({share})' },
  pollChart: { fr: 'Résultats : {results}', en: 'Results: {results}' },
  noPoll: { fr: 'Aucun sondage clos sur la période.', en: 'No poll closed in the period.' },

  cafeHeading: { fr: 'Café du réseau', en: 'Network café' },
  cafeRound: { fr: 'Tour du', en: 'Round of' },
  cafeGroups: { fr: 'Groupes formés', en: 'Groups formed' },
  cafeMeetings: { fr: 'Rencontres signalées', en: 'Meetings reported' },
  cafeTotal: { fr: 'Total', en: 'Total' },
  noCafe: { fr: 'Aucun tour de café sur la période.', en: 'No café round in the period.' },

  footer: {
    fr: 'Cette page ne contient que des chiffres et des noms de structures : aucun membre, aucune note d’échange.',
    en: 'This page holds figures and organisation names only: no member and no exchange note.',
  },
});

/** The page for a link that does not (or no longer) work. */
export const refusalMessages = defineMessages({
  title: { fr: 'Lien du diagnostic indisponible', en: 'Digest link unavailable' },
  expired: { fr: 'Ce lien a expiré.', en: 'This link has expired.' },
  invalid: { fr: 'Ce lien n’est pas valide.', en: 'This link is not valid.' },
  revoked: { fr: 'Ce lien a été révoqué.', en: 'This link has been revoked.' },
  'not-found': { fr: 'Cette page n’existe pas.', en: 'This page does not exist.' },
  why: {
    fr: 'Un lien du diagnostic ne dure que 24 heures, pour que les chiffres du réseau ne circulent pas indéfiniment.',
    en: 'A digest link only lasts 24 hours, so that the network’s figures do not circulate forever.',
  },
  what: {
    fr: 'Pour obtenir un nouveau lien, demandez-le au bot avec `diagnostic web`.',
    en: 'To get a new link, ask the bot with `digest web`.',
  },
});
