import { defineMessages } from '../i18n/index.ts';

/**
 * Adding an organisation to the network without joining it (`qui structures ajouter`), the
 * unknown organisation named elsewhere than in one's profile, and merging organisations of
 * different types (`config fusionner`).
 */
export const organisationMessages = defineMessages({
  unknownElsewhere: {
    fr: 'Je ne trouve pas de structure « {name} » dans le réseau.{suggestions} Pour l\'ajouter au réseau sans vous y rattacher : `qui structures ajouter "{name}" type CODE` (par exemple `type ASSO`, `type CCAS`, `type COLLEGE` ; `qui types` donne la liste), puis recommencez.',
    en: 'I can\'t find an organisation "{name}" in the network.{suggestions} To add it to the network without joining it: `who organisations add "{name}" type CODE` (for example `type ASSO`, `type CCAS`, `type COLLEGE`; `who types` lists them), then try again.',
  },
  addUsage: {
    fr: 'Pour ajouter une structure au réseau sans vous y rattacher : `qui structures ajouter "NOM" type CODE`, par exemple `qui structures ajouter "Association Les Jardins partagés" type ASSO` (`qui types` donne la liste des types).',
    en: 'To add an organisation to the network without joining it: `who organisations add "NAME" type CODE`, for example `who organisations add "Shared gardens association" type ASSO` (`who types` lists the types).',
  },
  added: {
    fr: 'La structure « {name} » ({type}) est ajoutée au réseau, sans membre pour l\'instant. On peut la nommer dans un échange (`echange appel structure "{name}"`), et ses professionnels la rejoignent avec `profil structure "{name}"`.',
    en: 'The organisation "{name}" ({type}) is added to the network, with no member yet. It can be named in an exchange (`log call organisation "{name}"`), and its staff join it with `profile organisation "{name}"`.',
  },
  exists: {
    fr: "La structure « {name} » ({type}) est déjà dans le réseau : rien n'a changé.",
    en: 'The organisation "{name}" ({type}) is already in the network: nothing changed.',
  },
  looksLike: {
    fr: "« {name} » ressemble à {names}, déjà dans le réseau. Si c'est bien une autre structure, ajoutez `--ok` à la fin de la commande.",
    en: '"{name}" looks like {names}, already in the network. If it really is another organisation, add `--ok` at the end of the command.',
  },
  mergeTypes: {
    fr: "« {source} » est de type {sourceType} et « {target} » de type {targetType} : les fusionner rattache les membres et les échanges de la première à une structure d'un autre type. Si c'est bien la même structure, ajoutez `--ok` à la fin de la commande.",
    en: '"{source}" is of type {sourceType} and "{target}" of type {targetType}: merging them moves the first one\'s members and exchanges to an organisation of another type. If they really are the same organisation, add `--ok` at the end of the command.',
  },
});
