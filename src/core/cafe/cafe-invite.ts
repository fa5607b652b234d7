// `cafe inviter "Structure"` (facilitators): the members of an organisation the digest found
// quiet are invited, privately, to join the next café round — one button to say yes. Those
// already in are not written to again; the answer gives counts, never names.
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import { localized } from '../i18n/index.ts';
import { buttons, privateMessage, text } from '../message.ts';
import { ok } from '../result.ts';
import { cafeMessages as m } from './messages.ts';

export async function inviteOrganisation(ctx: CommandContext, name: string): Promise<CommandResult> {
  const found = await resolveOrganisation(ctx, name);
  if (!found.ok) return found;
  const organisation = found.value;
  const members = (await ctx.repos.members.list(ctx.network.id)).filter(
    (member) => member.organisationId === organisation.id && member.id !== ctx.actor.id,
  );
  const invited = members.filter((member) => !member.cafeOptIn);
  const already = members.length - invited.length;
  for (const member of invited) {
    ctx.notify(member, (locale) =>
      privateMessage(
        text(localized(locale, m.invitation, { organisation: organisation.name, network: ctx.network.name })),
        buttons({
          label: localized(locale, m.invitationButton),
          command: locale === 'fr' ? 'cafe oui' : 'coffee yes',
          style: 'primary',
        }),
      ),
    );
  }
  if (invited.length > 0)
    await audit(ctx, 'cafe.invited', { organisation: organisation.name, count: invited.length });
  const key = members.length === 0 ? m.inviteNobody : invited.length === 0 ? m.inviteAllIn : m.inviteSent;
  return ok([
    privateMessage(text(ctx.say(key, { organisation: organisation.name, count: invited.length, already }))),
  ]);
}
