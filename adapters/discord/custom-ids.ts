// What a button or menu carries back to us. A button's command (`vote 3 2`) is its own
// custom_id when it fits Discord's 100 characters, so poll buttons keep working after a
// restart; a longer command (a `--ok` confirmation of a long text) gets a short hash kept
// in memory, and a clear "expired" answer once that memory is gone. A button in a private
// message names its guild, since the click then comes from outside any guild.
import { createHash } from 'node:crypto';

const MAX_CUSTOM_ID = 100;
const COMMAND = 'coop:';
const HASHED = 'coop#';
/** The form buttons of a refused submission: reopen the modal, or confirm past warnings. */
export const FORM_FIX = 'coopform:fix:';
export const FORM_CONFIRM = 'coopform:confirm:';
/** A modal's own id: the core form it shows. */
export const FORM_MODAL = 'coopform:';
export const SELECT = 'coopmenu';

/** A button sent outside its guild (in a private message) carries the guild: `coopg:<guild>:<command>`. */
const IN_GUILD = 'coopg:';

export type Decoded =
  | { kind: 'command'; command: string; guildId?: string }
  | { kind: 'expired' }
  | { kind: 'form-fix'; form: string }
  | { kind: 'form-confirm'; form: string }
  | { kind: 'unknown' };

export class CustomIds {
  private readonly long = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  /** The custom_id (or menu value) that stands for `command`, run in `guildId` when given. */
  forCommand(command: string, guildId?: string): string {
    const full = guildId ? `${IN_GUILD}${guildId}:${command}` : COMMAND + command;
    if (full.length <= MAX_CUSTOM_ID) return full;
    const hash = createHash('sha256').update(full).digest('base64url').slice(0, 22);
    this.long.delete(hash);
    this.long.set(hash, full);
    if (this.long.size > this.capacity) {
      const oldest = this.long.keys().next().value;
      if (oldest !== undefined) this.long.delete(oldest);
    }
    return HASHED + hash;
  }

  decode(customId: string): Decoded {
    if (customId.startsWith(FORM_FIX)) return { kind: 'form-fix', form: customId.slice(FORM_FIX.length) };
    if (customId.startsWith(FORM_CONFIRM))
      return { kind: 'form-confirm', form: customId.slice(FORM_CONFIRM.length) };
    if (customId.startsWith(HASHED)) {
      const full = this.long.get(customId.slice(HASHED.length));
      return full === undefined ? { kind: 'expired' } : this.decode(full);
    }
    if (customId.startsWith(IN_GUILD)) {
      const rest = customId.slice(IN_GUILD.length);
      const colon = rest.indexOf(':');
      return { kind: 'command', command: rest.slice(colon + 1), guildId: rest.slice(0, colon) };
    }
    if (customId.startsWith(COMMAND)) return { kind: 'command', command: customId.slice(COMMAND.length) };
    return { kind: 'unknown' };
  }
}
