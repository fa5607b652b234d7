// Words of the digest's network section and map, in French and English.
import { defineMessages } from '../i18n/index.ts';

export const networkMessages = defineMessages({
  title: {
    fr: '**Le réseau des structures** _(des totaux par structure, jamais par personne)_',
    en: '**The network of organisations** _(totals per organisation, never per person)_',
  },
  linked: {
    fr: '• {linked} structures sur {organisations} ont échangé avec une autre ({linkedBefore} la période précédente) · {ties} liens entre elles · densité {density} ({densityBefore})',
    en: '• {linked} of {organisations} organisations exchanged with another ({linkedBefore} the period before) · {ties} ties between them · density {density} ({densityBefore})',
  },
  mixing: {
    fr: '• Entre structures de types différents : {cross} liens ; de même type : {within} — indice E-I {ei} ({eiBefore} la période précédente ; +1 : tout entre types différents, −1 : tout entre pareils)',
    en: '• Between organisations of different types: {cross} ties; of the same type: {within} — E-I index {ei} ({eiBefore} the period before; +1: all across types, −1: all within)',
  },
  bridges: { fr: '• Passerelles entre groupes : {list}{note}', en: '• Bridges between groups: {list}{note}' },
  cut: {
    fr: ' — sans l’une d’elles, des structures seraient coupées du reste : {names}',
    en: ' — without one of these, some organisations would be cut off from the rest: {names}',
  },
  byType: { fr: '• Qui travaille avec qui : {list}', en: '• Who works with whom: {list}' },
  byTerritory: { fr: '• Entre territoires : {list}', en: '• Across territories: {list}' },
  pair: { fr: '{first} ↔ {second} {count}', en: '{first} ↔ {second} {count}' },
  within: { fr: 'au sein de « {key} » {count}', en: 'within "{key}" {count}' },
  noTerritory: { fr: 'sans territoire', en: 'no territory' },
  trend: {
    fr: '• Mois par mois, structures liées : {series} {spark}',
    en: '• Month by month, organisations linked: {series} {spark}',
  },
  trendDensity: { fr: '• Mois par mois, densité : {series}', en: '• Month by month, density: {series}' },
  none: { fr: '—', en: '—' },
  mapTitle: {
    fr: '{network} — le réseau des structures, {range}',
    en: '{network} — the network of organisations, {range}',
  },
  mapNote: {
    fr: 'La carte : une structure par point (taille : ses échanges des 90 derniers jours), un trait par paire qui a échangé ; en couleur vive, les liens nouveaux de la période ; cerclées, les structures sans échange depuis 4 semaines.',
    en: 'The map: one dot per organisation (size: its exchanges over the last 90 days), a line per pair that exchanged; in bright colour, the period’s new ties; circled, organisations with no exchange in 4 weeks.',
  },
});
