// What `mes-donnees` and `oubli` say. The privacy notice (`confidentialite`) repeats these
// promises: change both together.
import { defineMessages } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';

/** The anonymous member who takes a forgotten member's place, in the network's language. */
export const FORMER_MEMBER: Readonly<Record<Locale, string>> = { fr: 'Ancien membre', en: 'Former member' };

export const privacyMessages = defineMessages({
  exportTitle: { fr: 'Vos données', en: 'Your data' },
  exportIntro: {
    fr: 'Tout ce que Maillage garde sur vous dans ce réseau est dans le fichier joint, envoyé à vous seul·e : votre profil, vos identifiants sur les plateformes, les échanges que vous avez notés ou où vous êtes nommé·e, les buts et mises à jour de buts que vous avez écrits, vos entrées du glossaire, vos sondages, vos votes dans les sondages publics, votre historique du café coopération et les lignes du journal des facilitateurs qui vous concernent.',
    en: 'Everything Maillage keeps about you in this network is in the attached file, sent to you alone: your profile, your platform user ids, the exchanges you logged or are named in, the goals and goal updates you wrote, your glossary entries, your polls, your votes in public polls, your café coopération history and the lines of the facilitators’ audit trail about you.',
  },
  exportAnonymous: {
    fr: 'Vos votes dans les sondages anonymes n’y sont pas : rien ne permet de les relier à vous, c’est voulu. Les notes des échanges où d’autres vous ont nommé·e restent à leur auteur. Pour tout effacer : `oubli`.',
    en: 'Your votes in anonymous polls are not in it: nothing links them to you, by design. The notes of exchanges others named you in stay with their author. To erase everything: `forget`.',
  },
  countExchanges: { fr: 'Échanges', en: 'Exchanges' },
  countGoals: { fr: 'Buts et mises à jour', en: 'Goals and updates' },
  countGlossary: { fr: 'Entrées du glossaire', en: 'Glossary entries' },
  countPolls: { fr: 'Sondages créés', en: 'Polls created' },
  countVotes: { fr: 'Votes publics', en: 'Public votes' },
  countCafe: { fr: 'Café coopération', en: 'Café coopération' },
  countAudit: { fr: 'Journal des facilitateurs', en: 'Facilitators’ audit trail' },
  noArguments: {
    fr: '`mes-donnees` se tape seul, sans rien après : rien n’a été envoyé.',
    en: '`my-data` takes nothing after it: nothing was sent.',
  },

  previewTitle: { fr: 'Oubli : ce qui sera effacé', en: 'Forget me: what will be erased' },
  previewProfile: {
    fr: '• Votre profil ({name}) et vos identifiants sur les plateformes ({identities}) : supprimés.',
    en: '• Your profile ({name}) and your platform user ids ({identities}): deleted.',
  },
  previewFacilitator: {
    fr: '• Votre rôle de facilitateur ou facilitatrice : retiré.',
    en: '• Your facilitator role: removed.',
  },
  previewExchanges: {
    fr: '• Les échanges que vous avez notés ({written}) ou où vous êtes nommé·e ({named}) : gardés pour que les totaux du réseau restent justes, au nom de « {former} ».',
    en: '• The exchanges you logged ({written}) or are named in ({named}): kept so that the network’s totals stay right, under the name “{former}”.',
  },
  previewAuthored: {
    fr: '• Vos buts ({goals}), mises à jour de buts ({updates}), entrées du glossaire ({glossary}) et sondages ({polls}) : gardés, sans auteur.',
    en: '• Your goals ({goals}), goal updates ({updates}), glossary entries ({glossary}) and polls ({polls}): kept, without an author.',
  },
  previewVotes: {
    fr: '• Vos votes dans les sondages publics ({votes}) : toujours comptés, sans lien avec vous.',
    en: '• Your votes in public polls ({votes}): still counted, no longer linked to you.',
  },
  previewCafe: {
    fr: '• Votre historique du café coopération ({groups}) : supprimé.',
    en: '• Your café coopération history ({groups}): deleted.',
  },
  previewAudit: {
    fr: '• Le journal des facilitateurs ({entries}) : vous y devenez « {former} ».',
    en: '• The facilitators’ audit trail ({entries}): you become “{former}” in it.',
  },
  previewTexts: {
    fr: '• Votre nom et votre identifiant dans les textes du réseau (notes, buts, glossaire, sondages) : remplacés par « {former} ».',
    en: '• Your name and user id in the network’s texts (notes, goals, glossary, polls): replaced by “{former}”.',
  },
  previewWarning: {
    fr: 'C’est définitif. Les messages déjà publiés par Maillage sur Slack ou Discord ne sont pas modifiés. Pour garder une copie d’abord : `mes-donnees`.',
    en: 'This cannot be undone. Messages Maillage already posted on Slack or Discord are not changed. To keep a copy first: `my-data`.',
  },
  confirmButton: { fr: 'Tout effacer', en: 'Erase everything' },
  confirmHint: {
    fr: 'Pour effacer : le bouton, ou `oubli confirmer`.',
    en: 'To erase: the button, or `forget confirm`.',
  },
  confirmWord: {
    fr: '`oubli` se tape seul (pour voir ce qui serait effacé) ou suivi exactement de `confirmer` : `oubli confirmer`. Rien n’a été effacé.',
    en: '`forget` is typed alone (to see what would be erased) or followed exactly by `confirm`: `forget confirm`. Nothing was erased.',
  },

  doneTitle: { fr: 'C’est fait : Maillage vous a oublié·e', en: 'Done: Maillage has forgotten you' },
  doneProfile: {
    fr: '• Votre profil, vos identifiants sur les plateformes ({identities}) et votre historique du café coopération ({groups}) sont supprimés.',
    en: '• Your profile, your platform user ids ({identities}) and your café coopération history ({groups}) are deleted.',
  },
  doneExchanges: {
    fr: '• Dans vos échanges ({exchanges}), vous êtes remplacé·e par « {former} » : les totaux du réseau restent justes.',
    en: '• In your exchanges ({exchanges}), you are replaced by “{former}”: the network’s totals stay right.',
  },
  doneAuthored: {
    fr: '• Vos buts, mises à jour, entrées du glossaire et sondages ({authored}) restent, sans auteur.',
    en: '• Your goals, updates, glossary entries and polls ({authored}) stay, without an author.',
  },
  doneVotes: {
    fr: '• Vos votes dans les sondages publics ({votes}) restent comptés, sans lien avec vous.',
    en: '• Your votes in public polls ({votes}) are still counted, no longer linked to you.',
  },
  doneAudit: {
    fr: '• Le journal des facilitateurs ne vous nomme plus ({entries}).',
    en: '• The facilitators’ audit trail no longer names you ({entries}).',
  },
  doneTexts: {
    fr: '• Votre nom et votre identifiant ont été retirés des textes du réseau ({texts}).',
    en: '• Your name and user id were taken out of the network’s texts ({texts}).',
  },
  donePlatform: {
    fr: 'Les messages déjà publiés sur Slack ou Discord (annonces, résultats de sondages, diagnostics) appartiennent à l’espace, pas à Maillage : nous ne pouvons pas les réécrire. Un administrateur de l’espace peut les supprimer.',
    en: 'Messages already posted on Slack or Discord (announcements, poll results, digests) belong to the workspace, not to Maillage: we cannot rewrite them. A workspace admin can delete them.',
  },
  doneReturn: {
    fr: 'Si vous utilisez de nouveau Maillage, vous serez un nouveau membre, sans historique.',
    en: 'If you use Maillage again, you will be a new member, with no history.',
  },
  alreadyErased: {
    fr: 'Vos données viennent déjà d’être effacées.',
    en: 'Your data has just been erased already.',
  },
});
