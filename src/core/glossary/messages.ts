// What the glossary command says, in French and English. `{arg}` is a term as it must be
// typed in a command (quoted when it has spaces).
import { defineMessages } from '../i18n/index.ts';

export const messages = defineMessages({
  // Schema issues (named by the command's zod schema).
  termMissing: {
    fr: 'Donnez le terme, par exemple : `sigle ajouter VVV "Ville vie vacances : activités pour les jeunes des quartiers prioritaires pendant les vacances"` ou `sigle supprimer VVV`.',
    en: 'Give the term, for example: `glossary add VVV "Ville vie vacances: holiday activities for young people from priority neighbourhoods"` or `glossary remove VVV`.',
  },
  definitionMissing: {
    fr: 'Donnez aussi la définition, entre guillemets et en mots simples, par exemple : `sigle ajouter VVV "Ville vie vacances : activités pour les jeunes des quartiers prioritaires pendant les vacances"`.',
    en: 'Give the definition too, in quotes and in plain words, for example: `glossary add VVV "Ville vie vacances: holiday activities for young people from priority neighbourhoods"`.',
  },
  termTooLong: {
    fr: 'Un terme fait 40 caractères au plus : un sigle ou quelques mots. Un terme de plusieurs mots se met entre guillemets, la définition aussi.',
    en: 'A term is 40 characters at most: an acronym or a few words. A term of several words goes in quotes, and so does the definition.',
  },
  definitionTooLong: {
    fr: 'Une définition fait 500 caractères au plus : deux ou trois phrases simples suffisent.',
    en: 'A definition is 500 characters at most: two or three plain sentences are enough.',
  },
  termInvalid: {
    fr: 'Un terme doit contenir au moins une lettre ou un chiffre.',
    en: 'A term must contain at least one letter or digit.',
  },

  // Lookups and the list.
  entry: { fr: '**{term}** — {definition}', en: '**{term}** — {definition}' },
  sourceShipped: {
    fr: 'Définition fournie avec Maillage.',
    en: 'Definition shipped with Maillage.',
  },
  sourceShippedCredited: {
    fr: 'Définition fournie avec Maillage ; {credit}.',
    en: 'Definition shipped with Maillage; {credit}.',
  },
  sourceNetwork: {
    fr: 'Ajouté au glossaire du réseau par {author}.',
    en: "Added to the network's glossary by {author}.",
  },
  sourceOverride: {
    fr: 'Définition propre au réseau (elle remplace celle fournie avec Maillage), écrite par {author}.',
    en: "The network's own definition (it replaces the one shipped with Maillage), written by {author}.",
  },
  someone: { fr: 'un membre du réseau', en: 'a member of the network' },
  unknownWords: {
    fr: 'Pas dans le glossaire : {terms}.',
    en: 'Not in the glossary: {terms}.',
  },
  unknown: {
    fr: '« {term} » n\'est pas dans le glossaire du réseau. Si vous savez ce que c\'est, ajoutez-le : `sigle ajouter {arg} "définition en mots simples"`.',
    en: '"{term}" is not in the network\'s glossary. If you know what it means, add it: `glossary add {arg} "definition in plain words"`.',
  },
  unknownSuggest: {
    fr: '« {term} » n\'est pas dans le glossaire du réseau. Termes proches : {suggestions}. Si vous savez ce que c\'est, ajoutez-le : `sigle ajouter {arg} "définition en mots simples"`.',
    en: '"{term}" is not in the network\'s glossary. Close terms: {suggestions}. If you know what it means, add it: `glossary add {arg} "definition in plain words"`.',
  },
  listTitle: { fr: 'Glossaire du réseau', en: "The network's glossary" },
  listOwn: { fr: 'Ajoutés par le réseau ({count}) :', en: 'Added by the network ({count}):' },
  listNone: {
    fr: "Le réseau n'a encore ajouté aucun terme.",
    en: 'The network has not added any term yet.',
  },
  listMore: { fr: '… et {count} autres.', en: '… and {count} more.' },
  listShipped: {
    fr: 'Fournis avec Maillage ({count}) : {terms}.',
    en: 'Shipped with Maillage ({count}): {terms}.',
  },
  listHidden: {
    fr: 'Masqués dans ce réseau : {terms}.',
    en: 'Hidden in this network: {terms}.',
  },
  listHint: {
    fr: 'Chercher un terme : `sigle CCAS`. Ajouter un terme : `sigle ajouter TERME "définition"`.',
    en: 'Look up a term: `glossary CCAS`. Add a term: `glossary add TERM "definition"`.',
  },

  // Changes.
  added: {
    fr: '{name} a ajouté au glossaire : **{term}** — {definition}',
    en: '{name} added to the glossary: **{term}** — {definition}',
  },
  edited: {
    fr: '{name} a mis à jour la définition de **{term}** : {definition}',
    en: '{name} updated the definition of **{term}**: {definition}',
  },
  lookupHint: {
    fr: 'Pour le retrouver : `sigle {arg}`.',
    en: 'To find it again: `glossary {arg}`.',
  },
  removed: {
    fr: '« {term} » a été retiré du glossaire du réseau.',
    en: '"{term}" was removed from the network\'s glossary.',
  },
  hidden: {
    fr: '« {term} » est masqué dans ce réseau. Pour retrouver la définition fournie avec Maillage : `sigle rétablir {arg}`.',
    en: '"{term}" is hidden in this network. To bring back the definition shipped with Maillage: `glossary restore {arg}`.',
  },
  restored: {
    fr: '« {term} » a retrouvé la définition fournie avec Maillage :',
    en: '"{term}" has its definition shipped with Maillage again:',
  },
  alreadyOriginal: {
    fr: '« {term} » a déjà la définition fournie avec Maillage.',
    en: '"{term}" already has the definition shipped with Maillage.',
  },

  // Refusals.
  exists: {
    fr: '« {term} » est déjà dans le glossaire :\n**{term}** — {definition}\nPour changer sa définition : `sigle modifier {arg} "nouvelle définition"`.',
    en: '"{term}" is already in the glossary:\n**{term}** — {definition}\nTo change its definition: `glossary edit {arg} "new definition"`.',
  },
  existsShipped: {
    fr: '« {term} » est déjà dans le glossaire fourni avec Maillage :\n**{term}** — {definition}\nUn facilitateur peut adapter cette définition au réseau : `sigle modifier {arg} "nouvelle définition"`.',
    en: '"{term}" is already in the glossary shipped with Maillage:\n**{term}** — {definition}\nA facilitator can adapt this definition to the network: `glossary edit {arg} "new definition"`.',
  },
  notAuthor: {
    fr: '« {term} » a été ajouté par {author} : seuls cette personne et les facilitateurs ({facilitators}) peuvent le modifier ou le retirer. Vous pouvez leur proposer votre définition.',
    en: '"{term}" was added by {author}: only they and the facilitators ({facilitators}) can change or remove it. You can suggest your definition to them.',
  },
  shippedFacilitatorOnly: {
    fr: '« {term} » fait partie du glossaire fourni avec Maillage : seuls les facilitateurs ({facilitators}) peuvent changer ou masquer sa définition dans le réseau. Vous pouvez leur proposer la vôtre.',
    en: '"{term}" is part of the glossary shipped with Maillage: only the facilitators ({facilitators}) can change or hide its definition in the network. You can suggest yours to them.',
  },
  notShipped: {
    fr: "« {term} » n'est pas un terme fourni avec Maillage : il n'y a pas de définition d'origine à rétablir.",
    en: '"{term}" is not a term shipped with Maillage: there is no original definition to bring back.',
  },
});

export type GlossaryMessage = (typeof messages)[keyof typeof messages];
