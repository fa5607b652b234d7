// `but modifier` where a platform names every verb (Discord): the goal's number and one
// change among the status, indicator, title and description, each run by its own verb
// (`but 3 statut actif` in text). One change at a time, as in text.
import { messages } from '../goals/messages.ts';
import type { ArgSpec } from '../grammar/spec.ts';
import { gathering, type Verb } from './command.ts';

/** The typed verb, from the command's change verbs (those read after the goal's number). */
export function goalEdit(verbs: readonly Verb[]): Verb {
  const changes = verbs.filter((verb) => verb.names && verb.after === 'ref');
  const [first] = changes;
  const ref = first?.args.find((arg) => arg.key === 'ref') as ArgSpec;
  const args = changes.flatMap((verb) =>
    verb.args.filter((arg) => arg.key !== 'ref').map((arg) => ({ ...arg, required: false })),
  );
  return gathering(
    {
      names: ['modifier', 'edit'],
      typed: 'only',
      help: { fr: 'Changer une chose', en: 'Change one thing' },
      args: [ref, ...args],
    },
    (values) => {
      const given = changes.filter((verb) =>
        verb.args.some((a) => a.key !== 'ref' && values[a.key] !== undefined),
      );
      const [change] = given;
      return given.length === 1 && change ? { verb: change, values } : { key: messages['one-change'] };
    },
  );
}
