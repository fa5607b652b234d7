// The privacy notice (`confidentialite`): what Maillage stores, for how long, who sees
// what, and how to export or erase it. Each sentence states what the code does; when the
// code changes, this text and the README's "Data and privacy" section change with it.
import { defineMessages } from '../i18n/index.ts';

export const noticeMessages = defineMessages({
  title: { fr: 'Confidentialité : ce que Maillage garde', en: 'Privacy: what Maillage keeps' },
  storedTitle: { fr: '**Ce qui est enregistré**', en: '**What is stored**' },
  stored: {
    fr: [
      '• Votre profil : le nom affiché par la plateforme, votre identifiant Slack ou Discord, et ce que vous renseignez (structure, fonction, territoire, thèmes, ce que vous proposez, langue).',
      '• Les échanges notés : date, type, thèmes, qui y a pris part, but lié, et une note courte de leur auteur.',
      '• Les buts communs et leur historique, les sigles du réseau, les sondages et leurs votes.',
      '• Le café coopération : votre inscription, les binômes formés et vos réponses « on s’est rencontrés ».',
      '• Le journal des actions des facilitateurs (réglages, rôles, fusions, modifications des entrées des autres, clôtures anticipées).',
      'Tout texte libre passe par un garde-fou qui refuse les données personnelles (téléphone, courriel, adresse, n° de sécurité sociale…) et alerte sur ce qui semble décrire une personne accompagnée (`verifier`). Les journaux techniques ne contiennent ni notes ni votants.',
    ].join('\n'),
    en: [
      '• Your profile: the name the platform shows, your Slack or Discord user id, and what you fill in (organisation, role, territory, themes, what you offer, language).',
      '• Logged exchanges: date, kind, themes, who took part, linked goal, and a short note by their author.',
      '• Shared goals and their history, the network’s glossary, polls and their votes.',
      '• The café coopération: whether you take part, the pairs formed and your “we met” answers.',
      '• The journal of facilitators’ actions (settings, roles, merges, edits of others’ entries, early poll closing).',
      'Every free text goes through a guard that refuses personal data (phone, e-mail, address, social security number…) and warns on text that seems to describe a person you support (`check`). Technical logs hold neither notes nor voters.',
    ].join('\n'),
  },
  whoTitle: { fr: '**Qui voit quoi**', en: '**Who sees what**' },
  who: {
    fr: [
      '• Les membres du réseau : l’annuaire (`qui`), les buts communs et les échanges qui y sont liés (sans leurs notes), les sondages, le diagnostic (des totaux, et les noms des nouveaux arrivants).',
      '• La note d’un échange n’est montrée à personne dans Maillage : elle figure seulement dans l’export de son auteur.',
      '• Sondage anonyme : votre vote est rangé sous une empreinte calculée avec une clé propre au sondage, et voter ne fait pas de vous un membre. À la clôture, la clé est détruite et seuls les totaux restent : personne, même avec tous les fichiers de la base et le secret du serveur, ne peut plus relier un vote à un votant. Tant que le sondage est ouvert, seul qui détient à la fois la base et ce secret (l’hébergeur) le pourrait. Sondage public : chacun voit qui a voté quoi.',
      '• Les facilitateurs : les réglages et le journal (`config journal`). Un réseau ne voit jamais les données d’un autre.',
    ].join('\n'),
    en: [
      '• Network members: the directory (`who`), goals and the exchanges linked to them (without their notes), polls, the digest (totals, and newcomers’ names).',
      '• An exchange’s note is shown to no one in Maillage: it only appears in its author’s export.',
      '• Anonymous poll: your vote is stored under a fingerprint computed with a key of that poll, and voting does not make you a member. At closing the key is destroyed and only totals remain: no one, even with every file of the database and the server’s secret, can tie a vote to a voter any more. While the poll is open, only someone holding both the database and that secret (whoever hosts Maillage) could. Public poll: everyone sees who voted for what.',
      '• Facilitators: the settings and the journal (`config audit`). A network never sees another network’s data.',
    ].join('\n'),
  },
  footer: {
    fr: 'Réseau « {network} » · notes des échanges gardées {months} mois',
    en: 'Network "{network}" · exchange notes kept {months} months',
  },
  howLongTitle: { fr: '**Combien de temps**', en: '**For how long**' },
  howLong: {
    fr: [
      '• Les notes des échanges sont effacées {months} mois après la date de l’échange ; qui a voté quoi dans un sondage public fermé, {months} mois après sa clôture (les totaux restent). Les facilitateurs règlent cette durée : `config conservation MOIS`.',
      '• Le reste est gardé tant que le réseau utilise Maillage. Si le bot est retiré de l’espace Slack ou du serveur Discord, plus rien n’y est publié et toutes les données du réseau sont supprimées après un délai de grâce fixé par l’hébergeur (30 jours par défaut), sauf si le bot revient avant.',
    ].join('\n'),
    en: [
      '• Exchange notes are deleted {months} months after the exchange’s date; who voted for what in a closed public poll, {months} months after it closed (totals stay). Facilitators set this period: `config retention MONTHS`.',
      '• The rest is kept while the network uses Maillage. If the bot is removed from the Slack workspace or the Discord server, nothing more is posted there and all the network’s data is deleted after a grace period set by whoever hosts it (30 days by default), unless the bot comes back first.',
    ].join('\n'),
  },
  rightsTitle: { fr: '**Vos droits**', en: '**Your rights**' },
  rights: {
    fr: [
      '• `mes-donnees` : tout ce que Maillage garde sur vous, dans un fichier JSON envoyé en privé.',
      '• `oubli` : après confirmation, votre profil, votre identifiant et votre historique du café sont supprimés ; dans les échanges vous devenez « Ancien membre » pour que les totaux restent justes ; vos votes publics sont détachés de vous ; vos buts, sigles et sondages restent, sans auteur ; votre nom est retiré des textes du réseau.',
      '• Les messages déjà publiés sur Slack ou Discord (résultats de sondage, diagnostic, annonces) appartiennent à l’espace, pas à Maillage : nous ne les réécrivons pas. Demandez à un administrateur de l’espace de les supprimer. Les sauvegardes faites par l’hébergeur avant un effacement le contiennent encore jusqu’à ce qu’elles soient remplacées.',
      'Une question ? Adressez-vous aux facilitateurs du réseau (`config`) ou à qui héberge Maillage.',
    ].join('\n'),
    en: [
      '• `my-data`: everything Maillage keeps about you, in a JSON file sent privately.',
      '• `forget`: once you confirm, your profile, your user id and your café history are deleted; in exchanges you become “Former member” so that totals stay right; your public votes are detached from you; your goals, glossary entries and polls stay, without an author; your name is removed from the network’s texts.',
      '• Messages already posted on Slack or Discord (poll results, digests, announcements) belong to the workspace, not to Maillage: we do not rewrite them. Ask a workspace admin to delete them. Backups made by the host before an erasure still hold the data until they are replaced.',
      'A question? Ask the network’s facilitators (`config`) or whoever hosts Maillage.',
    ].join('\n'),
  },
});
