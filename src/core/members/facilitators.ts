// Who the network's facilitators are, as lists name them: those named with
// `config facilitateur ajouter`, then the facilitators by right — the platform's admins
// (workspace admins, Manage Server, the shell's local user) seen so far, marked as such.
import { joinList, localized, t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Member, Platform } from '../model.ts';
import { memberMessages as m } from './messages.ts';

export function facilitatorNames(members: readonly Member[], locale: Locale): string[] {
  const named = members.filter((member) => member.isFacilitator).map((member) => member.displayName);
  const byRight = members
    .filter((member) => member.isPlatformAdmin && !member.isFacilitator)
    .map((member) => localized(locale, m.facilitatorByRight, { name: member.displayName }));
  return [...named, ...byRight];
}

/**
 * The facilitators in a sentence. On Slack and Discord, admins never seen by Maillage are
 * facilitators too: the list ends with them. The shell's only admin is its local user.
 */
export function facilitatorList(members: readonly Member[], locale: Locale, platform: Platform): string {
  const names = facilitatorNames(members, locale);
  if (platform !== 'shell') {
    const seenAdmins = members.some((member) => member.isPlatformAdmin && !member.isFacilitator);
    names.push(localized(locale, seenAdmins ? m.otherSpaceAdmins : m.spaceAdmins));
  }
  return joinList(locale, names) || t(locale, 'error.no-facilitator');
}
