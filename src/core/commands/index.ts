// The one explicit list of /coop subcommands: adding a command means adding it here.
import { aide } from './aide.ts';
import { but } from './but.ts';
import { cafe } from './cafe.ts';
import type { AnyCommand } from './command.ts';
import { confidentialite } from './confidentialite.ts';
import { config } from './config.ts';
import { diagnostic } from './diagnostic.ts';
import { echange } from './echange.ts';
import { mesDonnees } from './mes-donnees.ts';
import { oubli } from './oubli.ts';
import { profil } from './profil.ts';
import { qui } from './qui.ts';
import { sigle } from './sigle.ts';
import { sondage } from './sondage.ts';
import { verifier } from './verifier.ts';
import { vote } from './vote.ts';

// In the order help lists them: the everyday commands first, settings last.
export const commands: readonly AnyCommand[] = [
  aide,
  profil,
  qui,
  echange,
  sondage,
  vote,
  but,
  sigle,
  diagnostic,
  cafe,
  verifier,
  mesDonnees,
  oubli,
  confidentialite,
  config,
];
