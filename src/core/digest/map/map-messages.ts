// The map's words, in French and English: its legend, the band of organisations without a
// tie, the empty picture and the alt text.
import { defineMessages } from '../../i18n/index.ts';

export const mapMessages = defineMessages({
  'legend-types': { fr: 'Types de structure', en: 'Organisation types' },
  'legend-type': { fr: '{type} ({count})', en: '{type} ({count})' },
  'other-types': { fr: 'Autres types', en: 'Other types' },
  'legend-size': { fr: 'Taille : activité (échanges)', en: 'Size: activity (exchanges)' },
  'legend-tie': { fr: 'Lien : épaisseur = échanges', en: 'Tie: width = exchanges' },
  'legend-new': { fr: 'Nouveau lien ({count})', en: 'New tie ({count})' },
  'legend-isolated': { fr: 'Isolée ({count})', en: 'Isolated ({count})' },
  'band-title': { fr: 'Sans lien', en: 'Without a tie' },
  empty: { fr: 'Aucune structure à dessiner pour l’instant.', en: 'No organisation to draw yet.' },

  'alt-intro': { fr: 'Carte du réseau « {title} » : ', en: 'Network map “{title}”: ' },
  'alt-organisations-one': { fr: '{count} structure', en: '{count} organisation' },
  'alt-organisations-many': { fr: '{count} structures', en: '{count} organisations' },
  'alt-ties-one': { fr: '{count} lien', en: '{count} tie' },
  'alt-ties-many': { fr: '{count} liens', en: '{count} ties' },
  'alt-ties-none-new': { fr: '{ties}, aucun nouveau', en: '{ties}, none new' },
  'alt-ties-new': { fr: '{ties} dont {fresh} (en orange)', en: '{ties}, {fresh} of them new (in orange)' },
  'alt-new-one': { fr: '{count} nouveau', en: '{count}' },
  'alt-new-many': { fr: '{count} nouveaux', en: '{count}' },
  'alt-isolated-none': { fr: 'aucune structure isolée', en: 'no isolated organisation' },
  'alt-isolated-one': {
    fr: '{count} structure isolée (cerclée de rouge en pointillés)',
    en: '{count} isolated organisation (ringed with red dashes)',
  },
  'alt-isolated-many': {
    fr: '{count} structures isolées (cerclées de rouge en pointillés)',
    en: '{count} isolated organisations (ringed with red dashes)',
  },
  'alt-size': { fr: 'taille des points selon l’activité', en: 'dot size by activity' },
  'alt-colours': { fr: 'couleurs par type : {types}', en: 'colours by type: {types}' },
  'alt-type': { fr: '{type} ({count}, {colour})', en: '{type} ({count}, {colour})' },
  'alt-empty': {
    fr: 'Carte du réseau « {title} » : aucune structure à dessiner pour l’instant.',
    en: 'Network map “{title}”: no organisation to draw yet.',
  },
});
