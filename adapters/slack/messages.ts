// What the Slack adapter says on its own (the core says everything else): Slack-specific
// trouble such as a bot left out of a channel, and the modal's own words.
import { defineMessages } from '../../src/core/public.ts';

export const slackMessages = defineMessages({
  'not-in-channel': {
    fr: "Je ne peux pas publier dans ce canal : je n'en fais pas partie. Invitez @Maillage dans ce canal (`/invite @Maillage`), puis tapez `/coop sondage publier {ref}`.",
    en: 'I cannot post in this channel: I am not a member of it. Invite @Maillage to this channel (`/invite @Maillage`), then type `/coop poll post {ref}`.',
  },
  'not-in-channel-again': {
    fr: "Je ne peux pas publier dans ce canal : je n'en fais pas partie. Invitez @Maillage dans ce canal (`/invite @Maillage`), puis recommencez.",
    en: 'I cannot post in this channel: I am not a member of it. Invite @Maillage to this channel (`/invite @Maillage`), then try again.',
  },
  'post-failed': {
    fr: "Slack a refusé de publier ce message (`{code}`). Réessayez dans un instant ; si cela continue, prévenez l'équipe qui administre Maillage.",
    en: 'Slack refused to post this message (`{code}`). Try again in a moment; if it goes on, tell the team that runs Maillage.',
  },
  'files-sent': {
    fr: "Les fichiers {names} sont dans vos messages directs avec Maillage (l'onglet « Messages » de l'app Maillage) : personne d'autre ne les voit.",
    en: "The files {names} are in your direct messages with Maillage (the Maillage app's Messages tab): only you can see them.",
  },
  'file-sent': {
    fr: "Le fichier `{name}` est dans vos messages directs avec Maillage (l'onglet « Messages » de l'app Maillage) : personne d'autre ne le voit.",
    en: "The file `{name}` is in your direct messages with Maillage (the Maillage app's Messages tab): only you can see it.",
  },
  'file-failed': {
    fr: "Le fichier n'a pas pu vous être envoyé (`{code}`). Réessayez dans un instant ; si cela continue, prévenez l'équipe qui administre Maillage.",
    en: 'The file could not be sent to you (`{code}`). Try again in a moment; if it goes on, tell the team that runs Maillage.',
  },
  'file-scope': {
    fr: "Le fichier n'a pas pu vous être envoyé : Maillage n'a pas encore le droit d'envoyer des fichiers dans ce Slack (`files:write`). Demandez à l'équipe qui l'administre de réinstaller l'app, puis réessayez.",
    en: 'The file could not be sent to you: Maillage may not send files in this Slack yet (`files:write`). Ask the team that runs it to reinstall the app, then try again.',
  },
  'picture-failed': {
    fr: "L'image qui accompagne cette réponse n'a pas pu vous être envoyée (`{code}`).",
    en: 'The picture that goes with this answer could not be sent to you (`{code}`).',
  },
  'form-failed': {
    fr: "Ce formulaire n'a pas pu être ouvert (`{code}`). Réessayez, ou tapez la commande en entier : `/coop aide {command}`.",
    en: 'This form could not be opened (`{code}`). Try again, or type the whole command: `/coop help {command}`.',
  },
  'confirm-in-form': {
    fr: "Si ce n'est pas le cas, cliquez à nouveau sur « {submit} » pour enregistrer quand même.",
    en: 'If it does not, click "{submit}" again to save it anyway.',
  },
  'form-cancel': { fr: 'Annuler', en: 'Cancel' },
  'mention-help': {
    fr: 'Bonjour ! Tapez `/coop aide` pour voir ce que je sais faire, ou `/coop sondage` pour lancer un sondage.',
    en: 'Hello! Type `/coop help` to see what I can do, or `/coop poll` to start a poll.',
  },
});
