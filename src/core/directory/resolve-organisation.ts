// Turns a typed organisation name into one organisation of the network, or a failure
// that offers the closest names.
import type { CommandContext, Failure } from '../commands/command.ts';
import { inBoth } from '../i18n/index.ts';
import type { Organisation } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { closest } from '../text/fold.ts';
import { matchOrganisation } from './match-organisation.ts';
import { directoryMessages as m } from './messages.ts';
import { organisationMessages } from './organisation-messages.ts';

export type OrganisationLookup = Result<Organisation, Failure & { notFound?: boolean }>;

/**
 * `joining`: the name was typed to join the organisation (`profil structure`), so an unknown
 * one is created there with its type; elsewhere (an exchange, a merge) the answer offers to add
 * it to the network without joining it.
 */
export async function resolveOrganisation(
  ctx: CommandContext,
  name: string,
  { joining = false } = {},
): Promise<OrganisationLookup> {
  const organisations = await ctx.repos.organisations.list(ctx.network.id);
  const { match, candidates } = matchOrganisation(name, organisations);
  if (match) return ok(match);
  if (candidates.length > 1) {
    const names = candidates
      .slice(0, 5)
      .map((o) => `« ${o.name} »`)
      .join(', ');
    return err({ key: m.organisationAmbiguous, params: { name, names } });
  }
  const near = closest(
    name,
    organisations.map((o) => o.name),
  );
  const suggestions = near.length > 0 ? inBoth(m.organisationSuggestions, { names: near.join(', ') }) : '';
  const key = joining ? m.organisationUnknown : organisationMessages.unknownElsewhere;
  return err({ key, params: { name, suggestions }, notFound: true });
}
