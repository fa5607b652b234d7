// `qui structures ajouter "NOM" type CODE` / `who organisations add "NAME" type CODE`: an
// organisation enters the network without anyone joining it, so that it can be named in an
// exchange before any of its staff uses Maillage. A name close to an organisation already
// there (`ML Cergy` for « Mission locale de Cergy ») asks for `--ok` first: duplicates are
// what `config fusionner` has to repair later.
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { inBoth } from '../i18n/index.ts';
import { privateMessage, text } from '../message.ts';
import { findOrganisationType } from '../reference/organisation-types.ts';
import { err, ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { matchOrganisation } from './match-organisation.ts';
import { directoryMessages as dm } from './messages.ts';
import { organisationMessages as m } from './organisation-messages.ts';

export async function addOrganisation(
  ctx: CommandContext,
  typed: string | undefined,
  typeWord: string | undefined,
): Promise<CommandResult> {
  if (typed === undefined || typeWord === undefined) return err({ key: m.addUsage });
  const name = checkFreeText(typed, { max: 120, confirmed: ctx.confirmed });
  if (!name.ok) return name;
  const kind = findOrganisationType(typeWord);
  if (!('type' in kind)) {
    const names = kind.suggestions.map((s) => s.code).join(', ');
    const suggestions = names ? inBoth(dm.typeSuggestions, { names }) : '';
    return err({ key: dm.typeUnknown, params: { type: typeWord, suggestions } });
  }
  const organisations = await ctx.repos.organisations.list(ctx.network.id);
  const { candidates } = matchOrganisation(name.value, organisations);
  const same = organisations.some((o) => fold(o.name) === fold(name.value));
  if (!same && candidates.length > 0 && !ctx.confirmed) {
    const shown = candidates.slice(0, 5);
    const names = {
      fr: shown.map((o) => `«\u00a0${o.name}\u00a0» (${o.typeCode})`).join(', '),
      en: shown.map((o) => `"${o.name}" (${o.typeCode})`).join(', '),
    };
    return err({ key: m.looksLike, params: { name: name.value, names }, confirmable: true });
  }
  const created = await ctx.repos.organisations.create(ctx.network.id, name.value, kind.type.code);
  if (!created.ok) {
    const { existing } = created.error;
    return ok([privateMessage(text(ctx.say(m.exists, { name: existing.name, type: existing.typeCode })))]);
  }
  const params = { name: created.value.name, type: created.value.typeCode };
  return ok([privateMessage(text(ctx.say(m.added, params)))]);
}
