// `config` / `config` (facilitators): the network's settings, the audit trail of facilitator
// actions and the retention period. Each part lives in src/core/config/.
import { auditMessages } from '../audit/messages.ts';
import { configInput, parseConfig } from '../config/config-input.ts';
import { showJournal } from '../config/journal.ts';
import {
  mergeOrganisations,
  setFacilitator,
  setLocale,
  setName,
  setTimeZone,
  showSettings,
} from '../config/network-settings.ts';
import { setRetention } from '../config/retention.ts';
import { directoryMessages } from '../directory/messages.ts';
import { defineCommand } from './command.ts';

export const config = defineCommand({
  messages: { ...directoryMessages, ...auditMessages },
  names: ['config', 'config', 'reglages', 'settings'],
  facilitatorOnly: true,
  help: {
    fr: {
      summary:
        'voir et modifier les réglages du réseau : nom, langue, fuseau horaire, facilitateurs, durée de conservation ; fusionner deux structures en double ; lire le journal des actions de facilitation.',
      usage: [
        'config',
        'config nom "NOM DU RÉSEAU"',
        'config langue fr|en',
        'config fuseau FUSEAU',
        'config facilitateur ajouter|retirer @MEMBRE',
        'config fusionner "STRUCTURE EN DOUBLE" "STRUCTURE À GARDER"',
        'config conservation MOIS',
        'config journal [PAGE]',
      ],
      examples: [
        'config',
        'config nom "Réseau éducatif de Cergy"',
        'config langue en',
        'config fuseau Europe/Paris',
        'config facilitateur ajouter @Marie',
        'config conservation 12',
        'config journal 2',
      ],
    },
    en: {
      summary:
        "see and change the network's settings: name, language, time zone, facilitators, retention period; merge duplicate organisations; read the audit trail of facilitator actions.",
      usage: [
        'config',
        'config name "NETWORK NAME"',
        'config language fr|en',
        'config timezone TIME_ZONE',
        'config facilitator add|remove @MEMBER',
        'config merge "DUPLICATE ORGANISATION" "ORGANISATION TO KEEP"',
        'config retention MONTHS',
        'config audit [PAGE]',
      ],
      examples: [
        'config',
        'config name "Cergy education network"',
        'config language fr',
        'config timezone Europe/Paris',
        'config facilitator add @Marie',
        'config retention 12',
        'config audit 2',
      ],
    },
  },
  parse: parseConfig,
  schema: configInput,
  async run(ctx, args) {
    switch (args.action) {
      case 'show':
      case 'unknown':
        return showSettings(ctx);
      case 'name':
        return setName(ctx, args.value);
      case 'locale':
        return setLocale(ctx, args.value);
      case 'timeZone':
        return setTimeZone(ctx, args.value);
      case 'facilitator':
        return setFacilitator(ctx, args.op, args.who);
      case 'merge':
        return mergeOrganisations(ctx, args.source, args.target);
      case 'journal':
        return showJournal(ctx, args.page);
      case 'retention':
        return setRetention(ctx, args.value);
    }
  },
});
