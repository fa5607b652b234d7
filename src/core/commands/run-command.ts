// Runs a command on the words that follow its name: through its declared grammar (verbs and
// typed arguments), or through its own parser and schema while it has not moved to one.
import type { Token } from '../args/tokenize.ts';
import { checkArgs, type GivenValues, spreadTyped } from '../grammar/check-args.ts';
import { grammarMessages } from '../grammar/messages.ts';
import { readText } from '../grammar/read-text.ts';
import type { GrammarFailure } from '../grammar/spec.ts';
import { err } from '../result.ts';
import { fold } from '../text/fold.ts';
import type { AnyCommand, CommandContext, CommandResult, Failure, Verb } from './command.ts';
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
  ...(failure.arg ? { arg: failure.arg } : {}),
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

/**
 * The verb a typed request names: by any of its names or its slot name; a request naming no
 * verb runs the command's default verb (the one without words of its own).
 */
export function findTypedVerb(command: AnyCommand, name: string | undefined): Verb | undefined {
  const verbs = command.verbs ?? [];
  if (name === undefined || name.trim() === '') return verbs.find((verb) => !verb.names && !verb.after);
  const key = fold(name.trim());
  return verbs.find((verb) => [...(verb.names ?? []), ...(verb.slot ?? [])].some((n) => fold(n) === key));
}

/** Runs a command from typed values (Discord's options, a form): checked as text values are. */
export async function runTyped(
  command: AnyCommand,
  ctx: CommandContext,
  verbName: string | undefined,
  given: GivenValues,
): Promise<CommandResult> {
  const verb = findTypedVerb(command, verbName);
  if (!verb) return err({ key: grammarMessages.unknownVerb, params: { word: verbName ?? '' }, usage: true });
  if (verb.facilitatorOnly && !ctx.isFacilitator) return err(await facilitatorOnly(ctx));
  const checked = checkArgs(verb, spreadTyped(verb, given), ctx.locale);
  if (!checked.ok) return err(grammarFailure(checked.error));
  return verb.run(ctx, checked.value);
}
