// The application commands: `/coop`, every everyday subcommand with typed options, and
// `/coop-config`, the facilitators' settings. Names: French first, English second; the
// core's text syntax behind each subcommand is in options-to-text.ts. Each command stays
// under 90 % of Discord's limits (4,000 characters, 25 options per level; a test checks
// it): `/coop` is at about 3,430 characters, so a new area becomes a command of its own.
import type { CommandSpec, GroupSpec, OptionSpec, Pair } from './command-definition.ts';

type Extra = Omit<OptionSpec, 'type' | 'name' | 'description'>;
const option =
  (type: OptionSpec['type']) =>
  (name: Pair, description: Pair, extra: Extra = {}): OptionSpec => ({ type, name, description, ...extra });
const text = option('string');
const integer = option('integer');
const flag = option('boolean');
const user = option('user');

const number = (description: Pair, autocomplete?: OptionSpec['autocomplete']) =>
  integer(['numero', 'number'], description, {
    required: true,
    minValue: 1,
    ...(autocomplete ? { autocomplete } : {}),
  });
const pollNumber = number(['Numéro du sondage', 'Poll number'], 'open-poll');
const goalNumber = number(['Numéro du but', 'Goal number'], 'goal');
const exchangeNumber = number(["Numéro de l'échange", 'Exchange number']);
const term = text(['terme', 'term'], ['Sigle ou mot', 'Acronym or word'], { required: true, maxLength: 40 });
const definition = text(
  ['definition', 'definition'],
  ['Définition, en mots simples', 'Definition, in plain words'],
  {
    required: true,
    maxLength: 500,
  },
);
const language = (name: Pair, description: Pair, required: boolean) =>
  text(name, description, {
    required,
    choices: [
      { name: ['Français', 'French'], value: 'fr' },
      { name: ['Anglais', 'English'], value: 'en' },
    ],
  });
const organisation = (name: Pair, description: Pair, required = false) =>
  text(name, description, { required, autocomplete: 'organisation', maxLength: 120 });
const list = (description: Pair) => ({ name: ['liste', 'list'] as Pair, description });

const HELP_TOPICS: ReadonlyArray<Pair> = [
  ['profil', 'profile'],
  ['qui', 'who'],
  ['echange', 'log'],
  ['sondage', 'poll'],
  ['vote', 'vote'],
  ['but', 'goal'],
  ['sigle', 'glossary'],
  ['verifier', 'check'],
  ['diagnostic', 'digest'],
  ['cafe', 'coffee'],
  ['mes-donnees', 'my-data'],
  ['oubli', 'forget'],
  ['confidentialite', 'privacy'],
  ['config', 'config'],
];

const digestGroup: GroupSpec = {
  name: ['diagnostic', 'digest'],
  description: ['Le diagnostic permanent du réseau', 'The network’s digest'],
  subcommands: [
    { name: ['voir', 'preview'], description: ['Aperçu, pour vous seul', 'A preview, for you only'] },
    { name: ['statut', 'status'], description: ['Canal, horaire, état', 'Channel, schedule, state'] },
    { name: ['ici', 'here'], description: ['Le publier dans ce salon', 'Post it in this channel'] },
    {
      name: ['horaire', 'schedule'],
      description: ['Quand le publier', 'When to post it'],
      options: [
        text(['horaire', 'schedule'], ['chaque lundi à 9h, 0 9 * * 1…', 'every monday at 9am…'], {
          required: true,
          maxLength: 100,
        }),
      ],
    },
    { name: ['activer', 'on'], description: ['Publication automatique', 'Automatic posting'] },
    { name: ['desactiver', 'off'], description: ['Plus de publication', 'No more posting'] },
  ],
};

const WEEKDAYS: ReadonlyArray<Pair> = [
  ['lundi', 'Monday'],
  ['mardi', 'Tuesday'],
  ['mercredi', 'Wednesday'],
  ['jeudi', 'Thursday'],
  ['vendredi', 'Friday'],
  ['samedi', 'Saturday'],
  ['dimanche', 'Sunday'],
];

// Short descriptions: the café's ten subcommands cost about 500 of the 4,000 characters.
const cafeGroup: GroupSpec = {
  name: ['cafe', 'coffee'],
  description: [
    'Café coopération : rencontres entre structures',
    'Café coopération: cross-organisation meetings',
  ],
  subcommands: [
    {
      name: ['statut', 'status'],
      description: ['Vous, le rythme, le prochain tour', 'You, rhythm, next round'],
    },
    { name: ['oui', 'yes'], description: ['Participer', 'Take part'] },
    { name: ['non', 'no'], description: ['Ne plus participer', 'Stop taking part'] },
    {
      name: ['rencontre', 'met'],
      description: ['Vous êtes-vous vus ?', 'Did you meet?'],
      options: [
        number(['Numéro du binôme', 'Pair number']),
        text(['reponse', 'answer'], ['Oui ou pas encore', 'Yes or not yet'], {
          required: true,
          choices: [
            { name: ['oui', 'yes'], value: 'oui' },
            { name: ['pas encore', 'not yet'], value: 'non' },
          ],
        }),
      ],
    },
    { name: ['ici', 'here'], description: ['Le tenir dans ce salon', 'Hold it in this channel'] },
    {
      name: ['rythme', 'every'],
      description: ['Toutes les N semaines', 'Every N weeks'],
      options: [
        integer(['semaines', 'weeks'], ['De 1 à 8', 'From 1 to 8'], {
          required: true,
          minValue: 1,
          maxValue: 8,
        }),
      ],
    },
    {
      name: ['jour', 'day'],
      description: ['Jour des tours', 'Day of the rounds'],
      options: [
        text(['jour', 'day'], ['Le jour', 'The day'], {
          required: true,
          choices: WEEKDAYS.map((day) => ({ name: day, value: day[0] })),
        }),
      ],
    },
    { name: ['activer', 'on'], description: ['Reprendre les tours', 'Resume the rounds'] },
    { name: ['desactiver', 'off'], description: ['Mettre en pause', 'Pause it'] },
    { name: ['lancer', 'run'], description: ['Un tour maintenant', 'A round now'] },
  ],
};

/** `/coop-config`: the facilitators' settings, a command of its own so that `/coop` has room. */
export const configCommand: CommandSpec = {
  name: ['coop-config', 'coop-config'],
  description: ['Maillage : réglages du réseau (facilitateurs)', 'Maillage: network settings (facilitators)'],
  runs: 'config',
  entries: [
    { name: ['voir', 'show'], description: ['Les réglages', 'The settings'] },
    {
      name: ['nom', 'name'],
      description: ['Renommer le réseau', 'Rename the network'],
      options: [text(['nom', 'name'], ['Nouveau nom', 'New name'], { required: true, maxLength: 80 })],
    },
    {
      name: ['langue', 'language'],
      description: ['Langue du réseau', 'Network language'],
      options: [language(['langue', 'language'], ['fr ou en', 'fr or en'], true)],
    },
    {
      name: ['fuseau', 'timezone'],
      description: ['Fuseau horaire', 'Time zone'],
      options: [
        text(['fuseau', 'timezone'], ['Europe/Paris…', 'Europe/Paris…'], {
          required: true,
          autocomplete: 'time-zone',
          maxLength: 60,
        }),
      ],
    },
    {
      name: ['facilitateur', 'facilitator'],
      description: ['Nommer ou retirer un facilitateur', 'Name or remove a facilitator'],
      options: [
        text(['action', 'action'], ['Ajouter ou retirer', 'Add or remove'], {
          required: true,
          choices: [
            { name: ['ajouter', 'add'], value: 'ajouter' },
            { name: ['retirer', 'remove'], value: 'retirer' },
          ],
        }),
        user(['membre', 'member'], ['Le membre', 'The member'], { required: true }),
      ],
    },
    {
      name: ['fusionner', 'merge'],
      description: ['Fusionner deux structures', 'Merge two organisations'],
      options: [
        organisation(['doublon', 'duplicate'], ['Structure en double', 'Duplicate organisation'], true),
        organisation(['garder', 'keep'], ['Structure à garder', 'Organisation to keep'], true),
      ],
    },
    {
      name: ['journal', 'audit'],
      description: ['Journal des actions', 'Audit trail'],
      options: [integer(['page', 'page'], ['1 : les plus récentes', '1: the latest'], { minValue: 1 })],
    },
    {
      name: ['conservation', 'retention'],
      description: ['Conservation des notes', 'How long notes are kept'],
      options: [
        integer(['mois', 'months'], ['De 1 à 60', 'From 1 to 60'], {
          required: true,
          minValue: 1,
          maxValue: 60,
        }),
      ],
    },
  ],
};

export const coopCommand: CommandSpec = {
  name: ['coop', 'coop'],
  description: ['Maillage : coopérer entre structures du réseau', 'Maillage: cooperate across the network'],
  entries: [
    {
      name: ['aide', 'help'],
      description: ['Les commandes, ou le détail de l’une', 'The commands, or details of one'],
      options: [
        text(['commande', 'command'], ['Commande à détailler', 'Command to explain'], {
          choices: HELP_TOPICS.map((topic) => ({ name: topic, value: topic[0] })),
        }),
      ],
    },
    {
      name: ['profil', 'profile'],
      description: [
        'Votre profil (sans option : formulaire) ou un membre',
        'Your profile (no option: a form) or a member',
      ],
      options: [
        user(['membre', 'member'], ['Voir son profil', 'Show their profile']),
        organisation(['structure', 'organisation'], ['Votre structure', 'Your organisation']),
        text(['type', 'type'], ['Type d’une nouvelle structure', 'Type of a new organisation'], {
          autocomplete: 'organisation-type',
        }),
        text(['metier', 'role'], ['Votre métier', 'Your role'], { maxLength: 80 }),
        text(['territoire', 'territory'], ['Où vous intervenez', 'Where you work'], { maxLength: 80 }),
        text(
          ['thematiques', 'themes'],
          ['Vos thèmes, séparés par des virgules', 'Your themes, comma-separated'],
          {
            autocomplete: 'theme',
          },
        ),
        text(['aide', 'help'], ['Ce sur quoi vous pouvez aider', 'What you can help with'], {
          maxLength: 300,
        }),
        language(['langue', 'language'], ['Langue de vos réponses', 'Language of your replies'], false),
      ],
    },
    {
      name: ['qui', 'who'],
      description: ['Trouver qui fait quoi', 'Find who does what'],
      options: [
        text(['mots', 'words'], ['Métier, structure, lieu, thème…', 'Role, organisation, place, theme…'], {
          maxLength: 200,
        }),
        text(['liste', 'list'], ['Ou une liste', 'Or a list'], {
          choices: [
            { name: ['structures', 'organisations'], value: 'structures' },
            { name: ['types', 'types'], value: 'types' },
          ],
        }),
      ],
    },
    {
      name: ['echange', 'log'],
      description: ['Les échanges entre membres', 'Exchanges between members'],
      subcommands: [
        {
          name: ['noter', 'add'],
          description: ['Noter un échange', 'Log an exchange'],
          options: [
            user(['membre', 'member'], ['Avec qui', 'With whom']),
            user(['membre2', 'member2'], ['Et qui', 'And whom']),
            user(['membre3', 'member3'], ['Et qui', 'And whom']),
            text(['autres', 'others'], ['Autres membres : @mentions', 'More members: @mentions'], {
              maxLength: 1000,
            }),
            organisation(['structure', 'organisation'], ['Avec quelle structure', 'With which organisation']),
            text(['nature', 'kind'], ['Nature de l’échange', 'Kind of exchange'], {
              choices: [
                { name: ['rencontre', 'meeting'], value: 'rencontre' },
                { name: ['appel', 'call'], value: 'appel' },
                { name: ['orientation', 'handover'], value: 'orientation' },
                { name: ['action commune', 'joint action'], value: 'action' },
                { name: ['autre', 'other'], value: 'autre' },
              ],
            }),
            text(['themes', 'themes'], ['Thèmes, séparés par des virgules', 'Themes, comma-separated'], {
              autocomplete: 'theme',
            }),
            integer(['but', 'goal'], ['But servi', 'Goal served'], { autocomplete: 'goal', minValue: 1 }),
            text(['date', 'date'], ['Quand (hier, 12/03…)', 'When (yesterday, 12/03…)'], { maxLength: 40 }),
            text(['note', 'note'], ['Note courte', 'Short note'], { maxLength: 280 }),
          ],
        },
        list(['Vos échanges', 'Your exchanges']),
        {
          name: ['annuler', 'undo'],
          description: ['Supprimer le vôtre', 'Delete yours'],
          options: [exchangeNumber],
        },
        {
          name: ['retirer', 'remove'],
          description: ['Retirer votre nom', 'Take your name off'],
          options: [exchangeNumber],
        },
      ],
    },
    {
      name: ['sondage', 'poll'],
      description: ['Sondages rapides', 'Quick polls'],
      subcommands: [
        {
          name: ['creer', 'create'],
          description: ['Lancer un sondage (sans texte : formulaire)', 'Start a poll (no text: a form)'],
          options: [
            text(['question', 'question'], ['La question', 'The question'], { maxLength: 200 }),
            text(['options', 'options'], ['Options séparées par ;', 'Options separated by ;'], {
              maxLength: 900,
            }),
            text(['duree', 'duration'], ['Durée (48h, 3j)', 'Duration (48h, 3d)'], { maxLength: 40 }),
            text(['fin', 'until'], ['Ou échéance (vendredi 18h)', 'Or deadline (friday 6pm)'], {
              maxLength: 60,
            }),
            flag(['public', 'public'], ['Vote nominatif', 'Named votes']),
            flag(['multiple', 'multiple'], ['Plusieurs choix', 'Several choices']),
            integer(['max', 'max'], ['Choix au plus', 'Choices at most'], { minValue: 2, maxValue: 10 }),
            integer(['but', 'goal'], ['But servi', 'Goal served'], { autocomplete: 'goal', minValue: 1 }),
          ],
        },
        list(['Les sondages ouverts', 'Open polls']),
        { name: ['voir', 'show'], description: ['Un sondage', 'One poll'], options: [pollNumber] },
        { name: ['fermer', 'close'], description: ['Le clore', 'Close it'], options: [pollNumber] },
        {
          name: ['export', 'export'],
          description: ['Résultats en CSV', 'Results as CSV'],
          options: [number(['Numéro du sondage', 'Poll number'])],
        },
        { name: ['publier', 'post'], description: ['Le publier ici', 'Post it here'], options: [pollNumber] },
      ],
    },
    {
      name: ['vote', 'vote'],
      description: ['Voter, changer ou retirer son vote', 'Vote, change or withdraw'],
      options: [
        integer(['sondage', 'poll'], ['Numéro du sondage', 'Poll number'], {
          required: true,
          autocomplete: 'open-poll',
          minValue: 1,
        }),
        text(['choix', 'choice'], ['Option(s) : 2, ou 1 3', 'Option(s): 2, or 1 3'], {
          autocomplete: 'poll-option',
          maxLength: 200,
        }),
        flag(['retirer', 'withdraw'], ['Retirer mon vote', 'Withdraw my vote']),
      ],
    },
    {
      name: ['but', 'goal'],
      description: ['Buts communs du réseau', 'Shared goals'],
      subcommands: [
        list(['Les buts', 'The goals']),
        {
          name: ['nouveau', 'new'],
          description: ['Proposer un but', 'Propose a goal'],
          options: [
            text(['titre', 'title'], ['Titre', 'Title'], { required: true, maxLength: 120 }),
            text(['description', 'description'], ['Description', 'Description'], { maxLength: 500 }),
            text(['indicateur', 'indicator'], ['Indicateur suivi', 'Indicator followed'], { maxLength: 200 }),
          ],
        },
        { name: ['voir', 'show'], description: ['Un but', 'One goal'], options: [goalNumber] },
        {
          name: ['modifier', 'edit'],
          description: ['Changer une chose', 'Change one thing'],
          options: [
            goalNumber,
            text(['statut', 'status'], ['Statut', 'Status'], {
              choices: [
                { name: ['proposé', 'proposed'], value: 'propose' },
                { name: ['actif', 'active'], value: 'actif' },
                { name: ['atteint', 'reached'], value: 'atteint' },
                { name: ['abandonné', 'dropped'], value: 'abandonne' },
              ],
            }),
            text(['indicateur', 'indicator'], ['Indicateur', 'Indicator'], { maxLength: 200 }),
            text(['titre', 'title'], ['Titre', 'Title'], { maxLength: 120 }),
            text(['description', 'description'], ['Description', 'Description'], { maxLength: 500 }),
          ],
        },
      ],
    },
    {
      name: ['sigle', 'glossary'],
      description: ['Glossaire des sigles', 'Glossary of acronyms'],
      subcommands: [
        {
          name: ['chercher', 'lookup'],
          description: ['Chercher un ou des termes', 'Look terms up'],
          options: [
            text(['termes', 'terms'], ['PRE, sortie sèche…', 'PRE, QPV…'], {
              required: true,
              maxLength: 200,
            }),
          ],
        },
        list(['Les termes du réseau', 'The network’s terms']),
        {
          name: ['ajouter', 'add'],
          description: ['Ajouter un terme', 'Add a term'],
          options: [term, definition],
        },
        {
          name: ['modifier', 'edit'],
          description: ['Changer sa définition', 'Change a definition'],
          options: [term, definition],
        },
        {
          name: ['supprimer', 'remove'],
          description: ['Retirer un terme', 'Remove a term'],
          options: [term],
        },
        {
          name: ['retablir', 'restore'],
          description: ['Rétablir l’original', 'Restore the original'],
          options: [term],
        },
      ],
    },
    {
      name: ['verifier', 'check'],
      description: ['Données personnelles ? Sans rien enregistrer', 'Personal data? Saves nothing'],
      options: [text(['texte', 'text'], ['Le texte', 'The text'], { required: true, maxLength: 4000 })],
    },
    {
      name: ['mes-donnees', 'my-data'],
      description: ['Vos données, en fichier privé', 'Your data, as a private file'],
    },
    {
      name: ['oubli', 'forget'],
      description: ['Effacer vos données', 'Erase your data'],
      options: [flag(['confirmer', 'confirm'], ['Effacer sans aperçu', 'Erase without preview'])],
    },
    {
      name: ['confidentialite', 'privacy'],
      description: ['Ce qui est gardé, qui le voit', 'What is kept, who sees it'],
    },
    digestGroup,
    cafeGroup,
  ],
};

export const COMMANDS: readonly CommandSpec[] = [coopCommand, configCommand];
