import { defineMessages } from '../i18n/index.ts';

export const directoryMessages = defineMessages({
  // Where a platform gives every profile field at once (profile-fields.ts).
  fieldOrganisation: { fr: 'Votre structure', en: 'Your organisation' },
  fieldType: { fr: 'Type d’une nouvelle structure', en: 'Type of a new organisation' },
  fieldRole: { fr: 'Votre métier', en: 'Your role' },
  fieldTerritory: { fr: 'Où vous intervenez', en: 'Where you work' },
  fieldThemes: { fr: 'Vos thèmes, séparés par des virgules', en: 'Your themes, comma-separated' },
  fieldHelp: { fr: 'Ce sur quoi vous pouvez aider', en: 'What you can help with' },
  fieldLocale: { fr: 'Langue de vos réponses', en: 'Language of your replies' },
  typeWithoutOrganisation: {
    fr: 'Le `type` va avec `structure`, la structure qu’il décrit : `structure` Mission locale de Cergy, `type` ML.',
    en: 'The `type` goes with `organisation`, the organisation it describes: `organisation` Mission locale de Cergy, `type` ML.',
  },
  memberAlone: {
    fr: "Pour voir le profil d'un membre, ne donnez que le `membre`.",
    en: "To see a member's profile, give the `member` only.",
  },
  fieldsTogether: {
    fr: 'Un champ à la fois (`profil metier "…"`), ou tous ensemble dans le formulaire : `profil` seul.',
    en: 'One field at a time (`profile role "…"`), or all together in the form: `profile` alone.',
  },
  languageAlone: {
    fr: 'Changez la `langue` seule, sans autre champ.',
    en: 'Change the `language` on its own, without another field.',
  },
  profileTitle: { fr: 'Profil de {name}', en: 'Profile of {name}' },
  organisation: { fr: 'Structure', en: 'Organisation' },
  role: { fr: 'Métier', en: 'Role' },
  territory: { fr: 'Territoire', en: 'Territory' },
  themes: { fr: 'Thématiques', en: 'Themes' },
  help: { fr: 'Peut aider sur', en: 'Can help with' },
  notSet: { fr: '(non renseigné)', en: '(not set)' },
  ownHint: { fr: 'Pour compléter : {commands}.', en: 'To complete it: {commands}.' },
  ownComplete: {
    fr: 'Profil complet. Pour changer un champ, par exemple : `profil metier "Conseillère en insertion"`.',
    en: 'Profile complete. To change a field, for example: `profile role "Youth adviser"`.',
  },
  hintOrganisation: {
    fr: '`profil structure "Mission locale de Cergy"`',
    en: '`profile organisation "Mission locale de Cergy"`',
  },
  hintRole: { fr: '`profil metier "Conseillère en insertion"`', en: '`profile role "Youth adviser"`' },
  hintTerritory: { fr: '`profil territoire "Cergy"`', en: '`profile territory "Cergy"`' },
  hintThemes: { fr: '`profil thematiques logement, famille`', en: '`profile themes housing, family`' },
  hintHelp: {
    fr: '`profil aide "accès aux droits, logement des jeunes"`',
    en: '`profile help "access to rights, youth housing"`',
  },
  updated: { fr: 'Votre profil est à jour.', en: 'Your profile is up to date.' },
  organisationCreated: {
    fr: 'La structure « {name} » ({type}) est créée dans le réseau, et votre profil y est rattaché.',
    en: 'The organisation "{name}" ({type}) is created in the network, and your profile is attached to it.',
  },
  organisationUnknown: {
    fr: 'Je ne trouve pas de structure « {name} » dans le réseau.{suggestions} Pour la créer, précisez son type : `profil structure "{name}" type CODE` (par exemple `type ML`, `type COLLEGE`, `type CCAS`).',
    en: 'I can\'t find an organisation "{name}" in the network.{suggestions} To create it, give its type: `profile organisation "{name}" type CODE` (for example `type ML`, `type COLLEGE`, `type CCAS`).',
  },
  organisationSuggestions: { fr: ' Structures proches : {names}.', en: ' Close matches: {names}.' },
  organisationAmbiguous: {
    fr: 'Plusieurs structures correspondent à « {name} » : {names}. Précisez le nom entre guillemets.',
    en: 'Several organisations match "{name}": {names}. Give the name in quotes.',
  },
  typeUnknown: {
    fr: 'Type de structure inconnu : « {type} ».{suggestions} Tapez `qui types` pour la liste des types.',
    en: 'Unknown organisation type: "{type}".{suggestions} Type `who types` for the list of types.',
  },
  typeSuggestions: { fr: ' Types proches : {names}.', en: ' Close types: {names}.' },
  themeUnknown: {
    fr: 'Thématique trop longue ou vide : « {theme} ». Séparez les thématiques par des virgules, 40 caractères au plus chacune, 10 au plus.',
    en: 'Theme too long or empty: "{theme}". Separate themes with commas, 40 characters at most each, 10 at most.',
  },
  tooManyThemes: {
    fr: '{count} thématiques : 10 au plus. Gardez les plus importantes, par exemple : `profil thematiques logement, famille, emploi`.',
    en: '{count} themes: 10 at most. Keep the main ones, for example: `profile themes housing, family, jobs`.',
  },
  fieldMissing: {
    fr: 'Que voulez-vous renseigner ? `structure`, `metier`, `territoire`, `thematiques`, `aide` ou `langue`, suivi de la valeur.',
    en: 'What do you want to set? `organisation`, `role`, `territory`, `themes`, `help` or `language`, followed by the value.',
  },
  organisationLeft: {
    fr: 'Vous avez quitté la structure « {name} » ; elle reste dans le réseau.',
    en: 'You left the organisation "{name}"; it stays in the network.',
  },
  clearAlone: {
    fr: 'Pour vider un champ, tapez seulement `efface` après son nom, par exemple : `{example}`.',
    en: 'To empty a field, type only `clear` after its name, for example: `{example}`.',
  },
  valueMissing: {
    fr: 'Donnez une valeur après « {field} », par exemple : `{example}`.',
    en: 'Give a value after "{field}", for example: `{example}`.',
  },
  localeInvalid: { fr: 'Langues possibles : `fr` ou `en`.', en: 'Possible languages: `fr` or `en`.' },
  localeSet: {
    fr: 'Maillage vous répondra désormais en {value}.',
    en: 'Maillage will now answer you in {value}.',
  },
  organisationsTitle: { fr: 'Structures du réseau ({count})', en: 'Organisations of the network ({count})' },
  noOrganisations: {
    fr: 'Aucune structure pour l\'instant. Chacun ajoute la sienne avec `profil structure "Nom" type CODE`.',
    en: 'No organisation yet. Each member adds theirs with `profile organisation "Name" type CODE`.',
  },
  noMember: { fr: 'aucun membre inscrit', en: 'no member yet' },
  searchTitle: { fr: 'Membres pour « {query} » ({count})', en: 'Members for "{query}" ({count})' },
  searchNone: {
    fr: 'Personne ne correspond à « {query} ». Essayez un autre mot (un métier, un quartier, une thématique), ou `qui structures`.',
    en: 'Nobody matches "{query}". Try another word (a role, a neighbourhood, a theme), or `who organisations`.',
  },
  searchEmpty: {
    fr: 'Qui cherchez-vous ? Par exemple `qui logement`, `qui Cergy`, `qui "Mission locale"`, ou `qui structures`.',
    en: 'Who are you looking for? For example `who housing`, `who Cergy`, `who "Mission locale"`, or `who organisations`.',
  },
  typesTitle: { fr: 'Types de structures', en: 'Organisation types' },
  merged: {
    fr: 'La structure « {source} » est fusionnée dans « {target} » : ses membres et ses échanges y sont rattachés.',
    en: 'The organisation "{source}" is merged into "{target}": its members and exchanges now belong to it.',
  },
  mergeSame: { fr: 'Ce sont la même structure.', en: 'These are the same organisation.' },
  mergeUsage: {
    fr: 'Pour fusionner deux structures : `config fusionner "NOM EN DOUBLE" "NOM À GARDER"`.',
    en: 'To merge two organisations: `config merge "DUPLICATE NAME" "NAME TO KEEP"`.',
  },
});
