// Runs a command on the words that follow its name: through its declared grammar (verbs and
// typed arguments), or through its own parser and schema while it has not moved to one.
import type { Token } from '../args/tokenize.ts';
import { checkArgs } from '../grammar/check-args.ts';
import { grammarMessages } from '../grammar/messages.ts';
import { readText } from '../grammar/read-text.ts';
import type { GrammarFailure } from '../grammar/spec.ts';
import { err } from '../result.ts';
import type { AnyCommand, CommandContext, CommandResult, Failure } from './command.ts';
import { facilitatorOnly, failureFromIssue } from './failures.ts';

/**
 * The shared messages about words that fit nowhere, and the generic "not understood", come
 * with the command's syntax.
 */
const WITH_SYNTAX: ReadonlySet<unknown> = new Set([
  grammarMessages.stray,
  grammarMessages.unknownVerb,
  'error.invalid-arguments',
]);

export const grammarFailure = (failure: GrammarFailure): Failure => ({
  key: failure.key,
  ...(failure.params ? { params: failure.params } : {}),
  ...(WITH_SYNTAX.has(failure.key) ? { usage: true } : {}),
});

export async function runCommand(
  command: AnyCommand,
  ctx: CommandContext,
  words: readonly Token[],
): Promise<CommandResult> {
  if (command.verbs) {
    const read = readText(command.verbs, words);
    if (!read.ok) return err(grammarFailure(read.error));
    const { verb, values } = read.value;
    if (verb.facilitatorOnly && !ctx.isFacilitator) return err(await facilitatorOnly(ctx));
    const checked = checkArgs(verb, values, ctx.locale);
    if (!checked.ok) return err(grammarFailure(checked.error));
    return verb.run(ctx, checked.value);
  }
  if (!command.schema || !command.parse || !command.run)
    throw new Error(`command ${command.names[0]} declares no grammar`);
  const input = command.schema.safeParse(command.parse(words));
  if (!input.success) return err(failureFromIssue(input.error.issues[0], command));
  return command.run(ctx, input.data);
}
