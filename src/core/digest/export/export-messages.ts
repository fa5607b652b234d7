// What `diagnostic export` says, and the titles of its sheets and columns.
import { defineMessages } from '../../i18n/index.ts';

export const exportMessages = defineMessages({
  title: { fr: 'Tableur du diagnostic', en: 'Digest spreadsheet' },
  intro: {
    fr: 'Les chiffres du réseau du {from} au {to} (12 derniers mois) : un classeur XLSX (une feuille par tableau) et les mêmes tableaux en CSV.',
    en: 'The network’s figures from {from} to {to} (the last 12 months): an XLSX workbook (one sheet per table) and the same tables as CSV.',
  },
  what: {
    fr: 'Totaux par organisation et par réseau seulement : aucune personne, aucune note d’échange.',
    en: 'Totals per organisation and per network only: no person, no exchange note.',
  },
  // The files follow the network's language, the message the asker's.
  csvFr: {
    fr: 'CSV : UTF-8 avec BOM, séparateur « ; », virgule décimale, dates JJ/MM/AAAA.',
    en: 'CSV: UTF-8 with BOM, “;” separator, decimal comma, dates DD/MM/YYYY.',
  },
  csvEn: {
    fr: 'CSV : UTF-8 avec BOM, séparateur « ; », point décimal, dates AAAA-MM-JJ.',
    en: 'CSV: UTF-8 with BOM, “;” separator, decimal point, dates YYYY-MM-DD.',
  },
  noArguments: {
    fr: '`diagnostic export` se tape seul : il couvre toujours les 12 derniers mois. Rien n’a été exporté.',
    en: '`digest export` takes nothing after it: it always covers the last 12 months. Nothing was exported.',
  },
  aboutSheet: { fr: 'À propos', en: 'About' },
  aboutNetwork: { fr: 'Réseau', en: 'Network' },
  aboutPeriod: { fr: 'Période', en: 'Period' },
  aboutPeriodValue: { fr: 'du {from} au {to}', en: 'from {from} to {to}' },
  aboutGenerated: { fr: 'Généré le', en: 'Generated on' },
  aboutFigures: { fr: 'Les chiffres', en: 'The figures' },
  aboutFiguresValue: {
    fr: 'Échanges consignés dans Maillage entre organisations du réseau, comptés par paire d’organisations, par mois et pour le réseau ; buts partagés et leurs indicateurs ; tours du café. Aucune donnée sur une personne, aucune note libre d’échange. Un échange à trois organisations compte pour chacune des trois paires.',
    en: 'Exchanges logged in Maillage between the network’s organisations, counted per pair of organisations, per month and for the network; shared goals and their indicators; café rounds. No data about a person, no free-text exchange note. An exchange of three organisations counts for each of its three pairs.',
  },
  sheetExchanges: { fr: 'Échanges par mois', en: 'Exchanges by month' },
  sheetNewTies: { fr: 'Nouveaux liens', en: 'New ties' },
  sheetMeasures: { fr: 'Mesures par mois', en: 'Measures by month' },
  sheetGoals: { fr: 'Buts et indicateurs', en: 'Goals and indicators' },
  sheetCafe: { fr: 'Café', en: 'Café' },
  colOrgA: { fr: 'Organisation A', en: 'Organisation A' },
  colOrgB: { fr: 'Organisation B', en: 'Organisation B' },
  colMonth: { fr: 'Mois', en: 'Month' },
  colExchanges: { fr: 'Échanges', en: 'Exchanges' },
  colFirstDay: { fr: 'Premier échange', en: 'First exchange' },
  colOrganisations: { fr: 'Organisations', en: 'Organisations' },
  colLinked: { fr: 'Organisations reliées', en: 'Organisations linked' },
  colTies: { fr: 'Liens', en: 'Ties' },
  colDensity: { fr: 'Densité', en: 'Density' },
  colCross: { fr: 'Liens entre types', en: 'Ties across types' },
  colWithin: { fr: 'Liens dans un type', en: 'Ties within a type' },
  colEi: { fr: 'Indice E-I', en: 'E-I index' },
  colGoal: { fr: 'But n°', en: 'Goal no.' },
  colTitle: { fr: 'Titre', en: 'Title' },
  colStatus: { fr: 'Statut', en: 'Status' },
  colIndicatorDay: { fr: 'Date de l’indicateur', en: 'Indicator date' },
  colIndicator: { fr: 'Indicateur', en: 'Indicator' },
  colRound: { fr: 'Tour du', en: 'Round of' },
  colGroups: { fr: 'Groupes formés', en: 'Groups formed' },
  colMeetings: { fr: 'Rencontres signalées', en: 'Meetings reported' },
});
