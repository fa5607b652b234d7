// What the Discord adapter says on its own, in both languages: missing rights, closed
// private messages, expired buttons.
import { defineMessages } from '../../src/core/public.ts';

export const adapterMessages = defineMessages({
  cannotPostPoll: {
    fr: 'Je ne peux pas publier le sondage n°{ref} dans ce salon. Donnez à Maillage les droits « Voir le salon », « Envoyer des messages » et « Intégrer des liens » dans ce salon (Modifier le salon → Permissions), puis tapez `/coop sondage publier numero:{ref}`.',
    en: 'I cannot post poll {ref} in this channel. Give Maillage the "View Channel", "Send Messages" and "Embed Links" permissions in this channel (Edit Channel → Permissions), then type `/coop poll post number:{ref}`.',
  },
  cannotPost: {
    fr: "Je ne peux pas publier dans ce salon : l'annonce n'a été vue que par vous. Donnez à Maillage les droits « Voir le salon », « Envoyer des messages » et « Intégrer des liens » dans ce salon (Modifier le salon → Permissions).",
    en: 'I cannot post in this channel: only you saw the announcement. Give Maillage the "View Channel", "Send Messages" and "Embed Links" permissions in this channel (Edit Channel → Permissions).',
  },
  postFailed: {
    fr: "Discord n'a pas accepté la publication dans le salon ; réessayez dans un moment.",
    en: 'Discord did not accept the post in the channel; try again in a moment.',
  },
  postedInChannel: {
    fr: "C'est publié dans le salon.",
    en: 'Posted in the channel.',
  },
  dmClosed: {
    fr: "Je n'ai pas pu prévenir {names} en message privé (messages privés fermés sur ce serveur).",
    en: 'I could not tell {names} in a private message (their private messages are closed on this server).',
  },
  filesSentInDm: {
    fr: "Je vous ai envoyé les fichiers {names} en message privé : personne d'autre ne les voit.",
    en: 'I sent you the files {names} in a private message: no one else can see them.',
  },
  fileSentInDm: {
    fr: "Je vous ai envoyé le fichier `{name}` en message privé : personne d'autre ne le voit.",
    en: 'I sent you the file `{name}` in a private message: no one else can see it.',
  },
  fileDmClosed: {
    fr: "Je n'ai pas pu vous envoyer le fichier : vos messages privés sont fermés sur ce serveur. Pour les ouvrir, cliquez sur le nom du serveur › Paramètres de confidentialité › activez « Messages privés », puis recommencez.",
    en: 'I could not send you the file: your private messages are closed on this server. To open them, click the server name › Privacy Settings › turn on "Direct Messages", then try again.',
  },
  fileFailed: {
    fr: "Discord n'a pas accepté le fichier : rien n'a été envoyé. Réessayez dans un moment.",
    en: 'Discord did not accept the file: nothing was sent. Try again in a moment.',
  },
  buttonExpired: {
    fr: 'Ce bouton a expiré. Tapez la commande avec `/coop` (par exemple `/coop aide`).',
    en: 'This button has expired. Type the command with `/coop` (for example `/coop help`).',
  },
  notInGuild: {
    fr: 'Ce bouton vient d’un serveur dont vous n’êtes pas membre (ou plus) : rien n’a été fait.',
    en: 'This button comes from a server you are not (or no longer) a member of: nothing was done.',
  },
  guildOnly: {
    fr: 'Maillage répond dans un serveur Discord : tapez `/coop` dans un salon du serveur de votre réseau.',
    en: "Maillage answers in a Discord server: type `/coop` in a channel of your network's server.",
  },
  formNotSaved: {
    fr: "**Rien n'a été enregistré.** À corriger :",
    en: '**Nothing was saved.** To fix:',
  },
  formWarning: {
    fr: '**À vérifier avant d’enregistrer :**',
    en: '**To check before saving:**',
  },
  fixButton: { fr: 'Corriger', en: 'Fix it' },
  openFormButton: { fr: 'Ouvrir le formulaire', en: 'Open the form' },
  formReady: { fr: 'Votre formulaire est prêt.', en: 'Your form is ready.' },
  confirmButton: { fr: 'Enregistrer quand même', en: 'Save anyway' },
  draftExpired: {
    fr: 'Ce brouillon a expiré : relancez la commande (`/coop sondage creer` ou `/coop profil`).',
    en: 'This draft has expired: run the command again (`/coop poll create` or `/coop profile`).',
  },
});
