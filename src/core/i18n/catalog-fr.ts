// The bot's own French texts. Written with plain ASCII spaces and apostrophes:
// French typography (no-break spaces, ’) is applied once when the catalog loads.

export const fr = {
  'help.title': 'Maillage — les commandes',
  'help.intro': "Tapez `/coop` suivi d'une commande. Quelques exemples :",
  'help.intro-shell':
    "Tapez une commande, telle qu'on l'écrit après `/coop` dans Slack ou Discord. Quelques exemples :",
  'help.footer': "Pour le détail d'une commande : `aide COMMANDE` (par exemple `aide config`).",
  'help.command.title': 'Commande {name}',
  'help.usage': 'Syntaxe',
  'help.examples': 'Exemples',
  'help.aliases': 'Aussi :',
  'help.facilitator-only': 'Réservée aux facilitateurs du réseau.',

  'error.unknown-command': 'Je ne connais pas la commande « {name} ».',
  'error.did-you-mean': 'Vouliez-vous dire : {suggestions} ?',
  'error.see-help': 'Tapez `aide` pour la liste des commandes.',
  'error.unclosed-quote':
    'Un guillemet ouvert n\'est pas refermé. Refermez-le, par exemple : `config nom "Réseau de Cergy"`.',
  'error.invalid-arguments': "Je n'ai pas compris cette commande.",
  'error.try': 'Essayez par exemple : {example}',
  'error.facilitator-only':
    "Cette commande est réservée aux facilitateurs du réseau. Demandez à l'un d'eux : {facilitators}.",
  'error.no-facilitator': "aucun facilitateur nommé pour l'instant",
  'error.internal':
    "Désolé, quelque chose s'est mal passé de notre côté. Rien n'a été enregistré ; réessayez dans un instant.",
  'error.database-unavailable':
    "La base de données de Maillage ne répond pas pour l'instant : rien n'a été modifié. Réessayez dans un moment.",
  'error.unconfirmed':
    "La connexion à la base de données a été coupée pendant l'enregistrement : impossible de confirmer s'il a eu lieu. " +
    'Vérifiez avant de recommencer (par exemple `echange liste`, `sondage liste`, `sigle liste`, `profil`).',
  'error.unknown-member': 'Je ne trouve pas de membre « {name} » dans ce réseau.',
  'error.unknown-member-suggest':
    'Je ne trouve pas de membre « {name} » dans ce réseau. Membres proches : {suggestions}.',
  'error.too-long': 'Ce texte est trop long ({length} caractères) : {max} au maximum.',
  'error.empty': 'Ce texte est vide.',

  'config.title': 'Réglages du réseau',
  'config.name': 'Nom',
  'config.locale': 'Langue',
  'config.timezone': 'Fuseau horaire',
  'config.facilitators': 'Facilitateurs',
  'config.platform-admins': "et les administrateurs de l'espace",
  'config.hint':
    'Pour modifier : `config nom "Réseau de Cergy"`, `config langue en`, `config fuseau Europe/Paris`, `config facilitateur ajouter @Nom`, `config facilitateur retirer @Nom`.',
  'config.name-set': "Le réseau s'appelle désormais « {value} ».",
  'config.locale-set': 'La langue du réseau est désormais : {value}.',
  'config.timezone-set': 'Le fuseau horaire du réseau est désormais {value}.',
  'config.facilitator-added': '{name} est désormais facilitateur ou facilitatrice du réseau.',
  'config.facilitator-removed': "{name} n'est plus facilitateur ou facilitatrice du réseau.",
  'config.facilitator-already': '{name} est déjà facilitateur ou facilitatrice.',
  'config.facilitator-not': "{name} n'était pas facilitateur ou facilitatrice.",
  'config.error.name': 'Donnez un nom de 1 à 80 caractères, par exemple : `config nom "Réseau de Cergy"`.',
  'config.error.locale': 'Langues possibles : `fr` ou `en`. Par exemple : `config langue fr`.',
  'config.error.timezone':
    'Fuseau horaire inconnu. Utilisez un nom comme `Europe/Paris`, `America/Cayenne` ou `Indian/Reunion`.',
  'config.error.member':
    'Nommez le membre avec une mention, par exemple : `config facilitateur ajouter @Marie`.',
  'config.language.fr': 'français',
  'config.language.en': 'anglais',
  'config.error.setting': 'Réglages possibles : `nom`, `langue`, `fuseau`, `facilitateur`.',

  'guard.confirm-button': 'Enregistrer quand même',

  'shell.welcome':
    'Maillage — réseau « {network} », vous êtes {member}. Tapez `aide` pour commencer, `quitter` pour sortir.',
  'shell.as': 'Vous agissez maintenant en tant que {member}.',
  'shell.as-back': 'Vous êtes de nouveau {member}.',
  'shell.as-error':
    'Donnez un nom de 1 à 80 caractères, par exemple : `as "Marie Dupont"`. `as` seul revient à vous.',
  'shell.demo-offer':
    'Première utilisation : voulez-vous créer un petit réseau de démonstration pour essayer ? (o/N) ',
  'shell.demo-created':
    'Réseau de démonstration prêt : {organisations} structures, {members} membres, {exchanges} échanges, un but commun. Vous y êtes, en tant que {member}. Tapez `demo sortir` pour revenir à votre réseau.',
  'shell.demo-entered':
    'Vous êtes dans le réseau de démonstration, en tant que {member}. Tapez `demo sortir` pour revenir à votre réseau.',
  'shell.demo-left': 'Retour à votre réseau « {network} ».',
  'shell.demo-error':
    'Tapez `demo` pour entrer dans le réseau de démonstration, `demo sortir` pour en sortir.',
  'shell.private-to': '(message privé à {member})',
  'shell.bye': 'À bientôt.',
  'shell.help.as': "`as NOM` : agir en tant qu'un autre membre (`as` seul revient à vous)",
  'shell.help.demo':
    '`demo` : entrer dans le réseau de démonstration (le créer au besoin) ; `demo sortir` pour revenir',
  'shell.help.quit': '`quitter` : sortir',
  'shell.help.as-details':
    '`as NOM` agit en tant qu\'un autre membre du réseau local : celui qui porte ce nom, ou le seul dont c\'est le prénom ; sinon un nouveau membre (pas facilitateur), par exemple : `as "Marie Dupont"`. `as` seul revient à vous. Propre au terminal.',
  'shell.help.demo-details':
    '`demo` entre dans le réseau de démonstration (5 structures, 5 membres, 3 échanges, un but commun), créé au premier usage ; `demo sortir` revient à votre réseau. Propre au terminal.',
  'shell.help.quit-details': '`quitter` (ou `quit`) ferme le terminal de Maillage, où que vous soyez.',
} as const;

export type CatalogKey = keyof typeof fr;
