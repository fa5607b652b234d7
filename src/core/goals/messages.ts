// The texts of shared goals (`but` / `goal`), in French and English.
import { defineMessages } from '../i18n/index.ts';
import type { GoalStatus } from '../model.ts';

export const messages = defineMessages({
  'one-change': {
    fr: 'Une modification à la fois : donnez un seul de `statut`, `indicateur`, `titre` ou `description`.',
    en: 'One change at a time: give exactly one of `status`, `indicator`, `title` or `description`.',
  },
  // Input the command could not read (named by the schema's issues).
  'title-missing': {
    fr: 'Donnez un titre au but (120 caractères au plus), entre guillemets, par exemple : `but nouveau "Aucun jeune sans solution"` ou `but 3 titre "Aucun jeune sans solution"`.',
    en: 'Give the goal a title (120 characters at most), in quotes, for example: `goal new "No young person left without a solution"` or `goal 3 title "No young person left without a solution"`.',
  },
  'description-missing': {
    fr: 'Donnez la description entre guillemets, par exemple : `but 3 description "Repérer ensemble les collégiens sans affectation"`.',
    en: 'Give the description in quotes, for example: `goal 3 description "Find together the pupils with no school place"`.',
  },
  'indicator-missing': {
    fr: 'Donnez l\'indicateur entre guillemets, par exemple : `but 3 indicateur "12 jeunes sur 20"`.',
    en: 'Give the indicator in quotes, for example: `goal 3 indicator "12 young people out of 20"`.',
  },
  'status-unknown': {
    fr: 'Statuts possibles : `proposé`, `actif`, `atteint`, `abandonné`. Par exemple : `but 3 statut actif`.',
    en: 'Possible statuses: `proposed`, `active`, `reached`, `dropped`. For example: `goal 3 status active`.',
  },
  'option-twice': {
    fr: 'Donnez au plus une description et un indicateur, chacun une seule fois.',
    en: 'Give at most one description and one indicator, each only once.',
  },
  'field-unknown': {
    fr: "Pour un but, on peut changer le `statut`, l'`indicateur`, le `titre` ou la `description`. Par exemple : `but 3 statut actif`.",
    en: 'For a goal you can change its `status`, `indicator`, `title` or `description`. For example: `goal 3 status active`.',
  },
  'not-understood': {
    fr: 'Je n\'ai pas compris. Voir les buts : `but liste` ; en voir un : `but 3` ; en proposer un : `but nouveau "Titre"`.',
    en: 'I did not understand. See the goals: `goal list`; see one: `goal 3`; propose one: `goal new "Title"`.',
  },

  // Failures found while running.
  'not-found': {
    fr: 'Je ne trouve pas de but n° {ref} dans ce réseau. Tapez `but liste` pour voir les buts.',
    en: 'I cannot find goal #{ref} in this network. Type `goal list` to see the goals.',
  },
  'not-allowed': {
    fr: "Seuls l'auteur de ce but ({author}) et les facilitateurs du réseau ({facilitators}) peuvent le modifier. Parlez-leur-en, ou rattachez-y vos échanges : `echange appel @NOM but {ref}`.",
    en: "Only the author of this goal ({author}) and the network's facilitators ({facilitators}) can change it. Talk to them, or attach your exchanges to it: `log call @NAME goal {ref}`.",
  },
  'not-allowed-no-author': {
    fr: 'Seuls les facilitateurs du réseau ({facilitators}) peuvent modifier ce but.',
    en: "Only the network's facilitators ({facilitators}) can change this goal.",
  },
  'title-too-long': {
    fr: 'Le titre est trop long ({length} caractères) : {max} au maximum.',
    en: 'The title is too long ({length} characters): {max} at most.',
  },
  'description-too-long': {
    fr: 'La description est trop longue ({length} caractères) : {max} au maximum.',
    en: 'The description is too long ({length} characters): {max} at most.',
  },
  'indicator-too-long': {
    fr: "L'indicateur est trop long ({length} caractères) : {max} au maximum.",
    en: 'The indicator is too long ({length} characters): {max} at most.',
  },

  // Changes (posted in the channel) and non-changes (to the one who asked).
  created: {
    fr: '**Nouveau but commun n° {ref}**, proposé par {author} : « {title} ».',
    en: '**New shared goal #{ref}**, proposed by {author}: "{title}".',
  },
  'created-indicator': { fr: 'Indicateur : {indicator}', en: 'Indicator: {indicator}' },
  'created-hint': {
    fr: 'Pour le voir : `but {ref}` · pour y rattacher un échange : `echange appel @NOM but {ref}`.',
    en: 'To see it: `goal {ref}` · to attach an exchange to it: `log call @NAME goal {ref}`.',
  },
  'status-set': {
    fr: 'Le but n° {ref} « {title} » est désormais **{status}** (par {author}).',
    en: 'Goal #{ref} "{title}" is now **{status}** (by {author}).',
  },
  'status-same': {
    fr: "Le but n° {ref} est déjà {status} : rien n'a changé.",
    en: 'Goal #{ref} is already {status}: nothing changed.',
  },
  'indicator-set': {
    fr: 'But n° {ref} « {title} » : indicateur mis à jour par {author} : {indicator}',
    en: 'Goal #{ref} "{title}": indicator updated by {author}: {indicator}',
  },
  'title-set': {
    fr: "Le but n° {ref} s'intitule désormais « {title} » (par {author}).",
    en: 'Goal #{ref} is now called "{title}" (by {author}).',
  },
  'description-set': {
    fr: 'Description du but n° {ref} « {title} » mise à jour par {author}.',
    en: 'Description of goal #{ref} "{title}" updated by {author}.',
  },
  unchanged: {
    fr: "Le but n° {ref} a déjà ce texte : rien n'a changé.",
    en: 'Goal #{ref} already has this text: nothing changed.',
  },

  // The list.
  'list-title': { fr: 'Buts communs du réseau', en: 'Shared goals of the network' },
  'list-empty': {
    fr: 'Aucun but commun pour l\'instant. Proposez-en un : `but nouveau "Aucun jeune sans solution" indicateur "Jeunes sans solution en septembre : objectif zéro"`.',
    en: 'No shared goal yet. Propose one: `goal new "No young person left without a solution" indicator "Young people with no solution in September: target zero"`.',
  },
  'list-line': { fr: '**{ref}** — {title} · {exchanges}', en: '**{ref}** — {title} · {exchanges}' },
  'list-indicator': { fr: 'indicateur : {indicator}', en: 'indicator: {indicator}' },
  'list-hint': {
    fr: 'Voir un but : `but {ref}` · en proposer un : `but nouveau "Titre"` · y rattacher un échange : `echange appel @NOM but {ref}`.',
    en: 'See a goal: `goal {ref}` · propose one: `goal new "Title"` · attach an exchange: `log call @NAME goal {ref}`.',
  },
  'exchanges-none': { fr: 'aucun échange', en: 'no exchange' },
  'exchanges-one': { fr: '1 échange', en: '1 exchange' },
  'exchanges-many': { fr: '{count} échanges', en: '{count} exchanges' },

  // One goal.
  'show-title': { fr: 'But n° {ref} — {title}', en: 'Goal #{ref} — {title}' },
  'field-status': { fr: 'Statut', en: 'Status' },
  'field-author': { fr: 'Proposé par', en: 'Proposed by' },
  'field-author-value': { fr: '{author}, le {date}', en: '{author}, on {date}' },
  'field-description': { fr: 'Description', en: 'Description' },
  'field-indicator': { fr: 'Indicateur', en: 'Indicator' },
  'former-member': { fr: 'un ancien membre', en: 'a former member' },
  'history-title': { fr: '**Historique**', en: '**History**' },
  'history-status': {
    fr: '• {date} — {author} : statut {status}',
    en: '• {date} — {author}: status {status}',
  },
  'history-indicator': {
    fr: '• {date} — {author} : indicateur « {text} »',
    en: '• {date} — {author}: indicator "{text}"',
  },
  'history-title-changed': {
    fr: '• {date} — {author} : titre « {text} »',
    en: '• {date} — {author}: title "{text}"',
  },
  'history-description': {
    fr: '• {date} — {author} : description « {text} »',
    en: '• {date} — {author}: description "{text}"',
  },
  'history-earlier': {
    fr: '({count} mises à jour plus anciennes ne sont pas affichées.)',
    en: '({count} older updates are not shown.)',
  },
  'exchanges-title': { fr: '**Échanges rattachés** ({count})', en: '**Attached exchanges** ({count})' },
  'exchanges-empty': { fr: "Aucun échange rattaché pour l'instant.", en: 'No exchange attached yet.' },
  'exchange-line': { fr: '• {date} — {kind} — {author}', en: '• {date} — {kind} — {author}' },
  'exchange-line-with': {
    fr: '• {date} — {kind} — {author} avec {with}',
    en: '• {date} — {kind} — {author} with {with}',
  },
  'exchanges-more': { fr: '… et {count} de plus.', en: '… and {count} more.' },
  'attach-hint': {
    fr: 'Pour rattacher un échange à ce but : `echange appel @NOM but {ref}` ; un sondage : `sondage "QUESTION" "OPTION" "OPTION" but {ref}`.',
    en: 'To attach an exchange to this goal: `log call @NAME goal {ref}`; a poll: `poll "QUESTION" "OPTION" "OPTION" goal {ref}`.',
  },
  'polls-title': { fr: '**Sondages rattachés** ({count})', en: '**Attached polls** ({count})' },
  'poll-line-open': { fr: '• n° {ref} — {question} · ouvert', en: '• #{ref} — {question} · open' },
  'poll-line-closed': { fr: '• n° {ref} — {question} · clos', en: '• #{ref} — {question} · closed' },
  'polls-more': {
    fr: '… et {count} de plus (`sondage liste clos` pour les sondages clos).',
    en: '… and {count} more (`poll list closed` for the closed polls).',
  },
  'edit-hint': {
    fr: 'Pour le faire évoluer : `but {ref} statut {next}`, `but {ref} indicateur "…"`, `but {ref} titre "…"`, `but {ref} description "…"`.',
    en: 'To move it on: `goal {ref} status {next}`, `goal {ref} indicator "…"`, `goal {ref} title "…"`, `goal {ref} description "…"`.',
  },
});

export const statusLabels: Readonly<Record<GoalStatus, { fr: string; en: string }>> = {
  proposed: { fr: 'proposé', en: 'proposed' },
  active: { fr: 'actif', en: 'active' },
  reached: { fr: 'atteint', en: 'reached' },
  dropped: { fr: 'abandonné', en: 'dropped' },
};

/** Headings of the list, one per status. */
export const statusGroups: Readonly<Record<GoalStatus, { fr: string; en: string }>> = {
  active: { fr: '**Actifs**', en: '**Active**' },
  proposed: { fr: '**Proposés**', en: '**Proposed**' },
  reached: { fr: '**Atteints**', en: '**Reached**' },
  dropped: { fr: '**Abandonnés**', en: '**Dropped**' },
};
