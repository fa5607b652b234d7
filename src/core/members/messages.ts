import { defineMessages } from '../i18n/index.ts';

/** Naming a member by name: `profil @Marie`, `echange appel @Marie`, the shell's `as Marie`. */
export const memberMessages = defineMessages({
  ambiguous: {
    fr: 'Plusieurs membres correspondent à « {name} » : {candidates}. Précisez le nom, par exemple : `@"{example}"`.',
    en: 'Several members match "{name}": {candidates}. Give the full name, for example: `@"{example}"`.',
  },
  homonyms: {
    fr: "Plusieurs membres s'appellent « {name} » : {candidates}. Nommez la personne par sa mention sur la plateforme.",
    en: 'Several members are called "{name}": {candidates}. Name the person with a mention on the platform.',
  },
  asAmbiguous: {
    fr: 'Plusieurs membres correspondent à « {name} » : {candidates}. Précisez, par exemple : `as "{example}"`. Rien n\'a changé : vous êtes toujours {member}.',
    en: 'Several members match "{name}": {candidates}. Be more precise, for example: `as "{example}"`. Nothing changed: you are still {member}.',
  },
  asElsewhere: {
    fr: "{name} n'a pas d'identité dans ce terminal : impossible d'agir en son nom ici. Rien n'a changé : vous êtes toujours {member}.",
    en: '{name} has no identity in this terminal: you cannot act as them here. Nothing changed: you are still {member}.',
  },
  facilitatorByRight: { fr: '{name} (de droit)', en: '{name} (by right)' },
  spaceAdmins: { fr: "les administrateurs de l'espace", en: "the space's admins" },
  otherSpaceAdmins: { fr: "les autres administrateurs de l'espace", en: "the space's other admins" },
});
