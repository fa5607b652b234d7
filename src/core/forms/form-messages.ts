// The forms' texts: titles, and each field's label, hint and placeholder (`{field}-label`…).
import { defineMessages } from '../i18n/index.ts';

export const formMessages = defineMessages({
  'poll-title': { fr: 'Nouveau sondage', en: 'New poll' },
  'poll-submit': { fr: 'Publier', en: 'Post' },
  'question-label': { fr: 'Question', en: 'Question' },
  'question-hint': { fr: '{max} caractères au plus.', en: '{max} characters at most.' },
  'question-placeholder': {
    fr: "Quelle priorité pour l'atelier du 12 décembre ?",
    en: 'Which priority for the 12 December workshop?',
  },
  'options-label': { fr: 'Options', en: 'Options' },
  'options-hint': {
    fr: 'Une option par ligne, de 2 à 10 options de 80 caractères au plus.',
    en: 'One option per line, 2 to 10 options of 80 characters at most.',
  },
  'options-placeholder': { fr: 'Logement\nEmploi\nSanté', en: 'Housing\nJobs\nHealth' },
  'deadline-label': { fr: 'Échéance', en: 'Deadline' },
  'deadline-hint': {
    fr: 'Une durée (48h, 3j) ou une date (vendredi 18h). 48 heures si vide.',
    en: 'A duration (48h, 3d) or a date (friday 6pm). 48 hours when empty.',
  },
  'deadline-placeholder': { fr: '48h', en: '48h' },
  'settings-label': { fr: 'Réglages', en: 'Settings' },
  'settings-hint': {
    fr: 'Anonyme par défaut. Possibles : public, multiple, max 2, but 3.',
    en: 'Anonymous by default. Possible: public, multiple, max 2, goal 3.',
  },
  'settings-placeholder': { fr: 'multiple max 2', en: 'multiple max 2' },
  'profile-title': { fr: 'Mon profil', en: 'My profile' },
  'profile-submit': { fr: 'Enregistrer', en: 'Save' },
  'organisation-label': { fr: 'Structure', en: 'Organisation' },
  'organisation-hint': {
    fr: 'Nouvelle ? Son type entre parenthèses : Mission locale de Cergy (ML). Vidé : vous la quittez.',
    en: 'New to the network? Its type in brackets: Mission locale de Cergy (ML). Emptied: you leave it.',
  },
  'organisation-placeholder': { fr: 'Mission locale de Cergy', en: 'Mission locale de Cergy' },
  'role-label': { fr: 'Métier', en: 'Role' },
  'role-hint': { fr: '{max} caractères au plus.', en: '{max} characters at most.' },
  'role-placeholder': { fr: 'Conseillère en insertion', en: 'Youth adviser' },
  'territory-label': { fr: 'Territoire', en: 'Territory' },
  'territory-hint': {
    fr: 'Où vous intervenez, {max} caractères au plus.',
    en: 'Where you work, {max} characters at most.',
  },
  'territory-placeholder': { fr: 'Cergy, quartier des Touleuses', en: 'Cergy' },
  'themes-label': { fr: 'Thématiques', en: 'Themes' },
  'themes-hint': {
    fr: 'Séparées par des virgules, 10 au plus : logement, famille…',
    en: 'Separated by commas, 10 at most: housing, family…',
  },
  'themes-placeholder': { fr: 'logement, famille', en: 'housing, family' },
  'help-label': { fr: 'Je peux aider sur', en: 'I can help with' },
  'help-hint': {
    fr: '{max} caractères au plus. Jamais de données sur les personnes accompagnées.',
    en: '{max} characters at most. Never data about the people you support.',
  },
  'help-placeholder': { fr: 'accès aux droits des jeunes', en: "young people's access to rights" },
  unchanged: {
    fr: "Rien n'a changé dans votre profil.",
    en: 'Nothing changed in your profile.',
  },
});
