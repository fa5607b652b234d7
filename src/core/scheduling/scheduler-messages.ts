// What scheduled work says on its own, outside any command.
import { defineMessages } from '../i18n/index.ts';

export const schedulerMessages = defineMessages({
  noAccess: {
    fr: 'Maillage ne peut pas publier un message prévu dans le canal choisi : invitez-le dans ce canal, ou donnez-lui le droit d’y écrire.',
    en: 'Maillage cannot post a scheduled message in the chosen channel: invite it to that channel, or let it write there.',
  },
});
