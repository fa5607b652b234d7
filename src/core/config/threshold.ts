// `config seuil N` / `config threshold N`: below how many answers an anonymous poll's results
// hide their breakdown by option (networks.poll_min_breakdown, read by poll-results.ts).
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { defineMessages } from '../i18n/index.ts';
import { privateMessage, publicMessage, text } from '../message.ts';
import { ok } from '../result.ts';

/** With 2, each of two voters would learn the other's choice from the breakdown. */
export const THRESHOLD_MIN = 3;
export const THRESHOLD_MAX = 10;

export const thresholdMessages = defineMessages({
  thresholdLabel: { fr: 'Seuil d’anonymat des sondages', en: 'Anonymity threshold of polls' },
  thresholdValue: { fr: '{min} réponses', en: '{min} answers' },
  thresholdShown: {
    fr: 'Seuil d’anonymat : {min} réponses. Sous ce nombre, un sondage anonyme ne montre pas le détail par option. Pour le changer : `config seuil N`, de 3 à 10.',
    en: 'Anonymity threshold: {min} answers. Below it, an anonymous poll does not show its breakdown by option. To change it: `config threshold N`, from 3 to 10.',
  },
  thresholdSet: {
    fr: 'Seuil d’anonymat : {min} réponses (avant : {previous}). Un sondage anonyme ne montre le détail par option qu’à partir de {min} réponses.',
    en: 'Anonymity threshold: {min} answers (was {previous}). An anonymous poll shows its breakdown by option only from {min} answers.',
  },
  thresholdLowered: {
    fr: 'Les sondages déjà lancés gardent le seuil sous lequel on y a voté : {previous} réponses ou plus.',
    en: 'Polls already started keep the threshold their voters voted under: {previous} answers or more.',
  },
  thresholdSame: {
    fr: 'Le seuil d’anonymat est déjà de {min} réponses.',
    en: 'The anonymity threshold is already {min} answers.',
  },
  thresholdInvalid: {
    fr: 'Donnez un nombre entier de 3 à 10 : par exemple `config seuil 5`. Pas moins de 3 : avec 2 votants, chacun saurait ce qu’a choisi l’autre.',
    en: 'Give a whole number from 3 to 10: for example `config threshold 5`. Not below 3: with 2 voters, each would learn what the other chose.',
  },
});
const m = thresholdMessages;

/** Without a number, the threshold is shown; the number is checked from 3 to 10 by the grammar. */
export async function setThreshold(ctx: CommandContext, min: number | undefined): Promise<CommandResult> {
  const previous = ctx.network.pollMinBreakdown;
  if (min === undefined) return ok([privateMessage(text(ctx.say(m.thresholdShown, { min: previous })))]);
  if (min === previous) return ok([privateMessage(text(ctx.say(m.thresholdSame, { min })))]);
  await ctx.repos.networks.update(ctx.network.id, { pollMinBreakdown: min });
  await audit(ctx, 'poll.threshold', { from: previous, to: min });
  const said = [ctx.say(m.thresholdSet, { min, previous })];
  // Each poll keeps the threshold it opened under (breakdownMin): a lowering never uncovers one.
  if (min < previous) said.push(ctx.say(m.thresholdLowered, { previous }));
  return ok([publicMessage(text(said.join(' ')))]);
}
