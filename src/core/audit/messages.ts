// What `config journal` and `config conservation` say, and the settings overview's additions.
import { defineMessages } from '../i18n/index.ts';

export const auditMessages = defineMessages({
  journalTitle: { fr: 'Journal des actions de facilitation', en: 'Audit trail of facilitator actions' },
  journalEmpty: {
    fr: 'Le journal est vide : aucune action de facilitation n’a encore été enregistrée (réglages, facilitateurs, fusions, modifications des contenus des autres, sondages fermés avant l’heure, conservation).',
    en: 'The audit trail is empty: no facilitator action has been recorded yet (settings, facilitators, merges, edits of others’ entries, polls closed early, retention).',
  },
  journalPage: {
    fr: 'Page {page}/{pages} · {total} action(s), la plus récente en premier.',
    en: 'Page {page}/{pages} · {total} action(s), most recent first.',
  },
  journalNext: { fr: 'Page suivante : `config journal {next}`', en: 'Next page: `config audit {next}`' },
  journalLast: { fr: 'Dernière page.', en: 'Last page.' },
  journalBadPage: {
    fr: 'Cette page n’existe pas. Tapez `config journal` pour la page 1, ou `config journal N` avec N entre 1 et {pages}.',
    en: 'There is no such page. Type `config audit` for page 1, or `config audit N` with N from 1 to {pages}.',
  },
  unknownActor: { fr: 'Membre inconnu', en: 'Unknown member' },
  unknownSubject: { fr: 'inconnu', en: 'unknown' },

  retentionLabel: { fr: 'Conservation des données', en: 'Data retention' },
  monthOne: { fr: '1 mois', en: '1 month' },
  monthMany: { fr: '{months} mois', en: '{months} months' },
  retentionShown: {
    fr: 'Durée de conservation : {duration}. Chaque jour, Maillage efface les notes des échanges de plus de {duration} et, pour les sondages publics fermés depuis plus de {duration}, qui a voté quoi (les totaux restent). Pour la changer : `config conservation N`, de 1 à 60 mois.',
    en: 'Retention period: {duration}. Every day, Maillage erases the notes of exchanges older than {duration} and, for public polls closed more than {duration} ago, who voted what (the totals stay). To change it: `config retention N`, from 1 to 60 months.',
  },
  retentionSet: {
    fr: 'Durée de conservation : {duration} (avant : {previous}). Dès la prochaine purge quotidienne, Maillage effacera les notes des échanges de plus de {duration} (aujourd’hui : ceux d’avant le {cutoff}) et, pour les sondages publics fermés depuis plus de {duration}, qui a voté quoi (les totaux restent). Puis chaque jour, ce qui dépasse {duration}.',
    en: 'Retention period: {duration} (was {previous}). From the next daily purge on, Maillage will erase the notes of exchanges older than {duration} (today: those before {cutoff}) and, for public polls closed more than {duration} ago, who voted what (the totals stay). Then, every day, whatever passes {duration}.',
  },
  retentionSame: {
    fr: 'La durée de conservation est déjà de {duration}.',
    en: 'The retention period is already {duration}.',
  },
  retentionInvalid: {
    fr: 'Donnez un nombre entier de mois, de 1 à 60 : par exemple `config conservation 12`.',
    en: 'Give a whole number of months, from 1 to 60: for example `config retention 12`.',
  },

  settingsHint: {
    fr: 'Pour modifier : `config nom "Réseau de Cergy"`, `config langue en`, `config fuseau Europe/Paris`, `config facilitateur ajouter @Nom`, `config facilitateur retirer @Nom`, `config conservation 12`, `config seuil 5`. Journal des actions : `config journal`.',
    en: 'To change: `config name "Cergy network"`, `config language fr`, `config timezone Europe/Paris`, `config facilitator add @Name`, `config facilitator remove @Name`, `config retention 12`, `config threshold 5`. Audit trail: `config audit`.',
  },
  settingUnknown: {
    fr: 'Réglages possibles : `nom`, `langue`, `fuseau`, `facilitateur`, `fusionner`, `conservation`, `seuil`, `journal`.',
    en: 'Possible settings: `name`, `language`, `timezone`, `facilitator`, `merge`, `retention`, `threshold`, `audit`.',
  },
});
