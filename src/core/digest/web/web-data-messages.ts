// The labels the web view's figures carry: headline figures, network measures with what they
// mean, the trend's lines, the map's window. The page's fixed words are in web-messages.ts.
import { defineMessages } from '../../i18n/index.ts';

export const webDataMessages = defineMessages({
  exchanges: { fr: 'Échanges consignés', en: 'Exchanges logged' },
  members: { fr: 'Membres impliqués', en: 'Members involved' },
  organisations: { fr: 'Organisations impliquées', en: 'Organisations involved' },
  newTies: { fr: 'Nouveaux liens entre organisations', en: 'New ties between organisations' },
  linked: { fr: 'Organisations liées', en: 'Organisations linked' },
  linkedHelp: {
    fr: 'Organisations qui ont échangé avec au moins une autre pendant la période, sur {organisations}.',
    en: 'Organisations that exchanged with at least one other during the period, out of {organisations}.',
  },
  ties: { fr: 'Liens actifs', en: 'Active ties' },
  tiesHelp: {
    fr: 'Paires d’organisations qui ont échangé ensemble pendant la période.',
    en: 'Pairs of organisations that exchanged together during the period.',
  },
  density: { fr: 'Densité', en: 'Density' },
  densityHelp: {
    fr: 'Part des paires possibles qui ont échangé : 1 si chacune a travaillé avec toutes les autres.',
    en: 'Share of the possible pairs that exchanged: 1 if every organisation worked with every other.',
  },
  crossShare: { fr: 'Liens entre types différents', en: 'Ties across types' },
  crossShareHelp: {
    fr: 'Part des liens entre organisations de types différents (une école et un centre social, par exemple).',
    en: 'Share of ties between organisations of different types (a school and a social centre, say).',
  },
  eiIndex: { fr: 'Indice E-I', en: 'E-I index' },
  eiHelp: {
    fr: 'De −1 (on ne travaille qu’entre organisations du même type) à +1 (qu’entre types différents).',
    en: 'From −1 (work only within one type of organisation) to +1 (only across types).',
  },
  none: { fr: '—', en: '—' },
  seriesOrganisations: { fr: 'Organisations', en: 'Organisations' },
  seriesLinked: { fr: 'Organisations liées', en: 'Organisations linked' },
  seriesTies: { fr: 'Liens actifs', en: 'Active ties' },
  seriesCross: { fr: 'Liens entre types différents', en: 'Ties across types' },
  seriesWithin: { fr: 'Liens au sein d’un même type', en: 'Ties within a type' },
  seriesDensity: { fr: 'Densité', en: 'Density' },
  mapLabel: {
    fr: 'Les échanges des {days} derniers jours, jusqu’au {to}.',
    en: 'The exchanges of the last {days} days, up to {to}.',
  },
  pollFew: {
    fr: 'Moins de {min} réponses : le détail reste caché pour protéger l’anonymat.',
    en: 'Fewer than {min} answers: the breakdown stays hidden to protect anonymity.',
  },
  pollNone: { fr: 'Aucune réponse.', en: 'No answer.' },
});
