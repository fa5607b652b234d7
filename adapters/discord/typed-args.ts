// An interaction's options as the core's typed values, by the generated routes: each option
// gives its argument (a repeated one's fields gathered in order), users as member
// references. Nothing is read or written as command text.
import type { CommandInteractionOption } from 'discord.js';
import type { GivenValue, GivenValues, MemberRef } from '../../src/core/public.ts';
import type { Route } from './command-definition.ts';
import { optionValue } from './interaction-context.ts';

type Item = string | number | boolean | MemberRef;

/** `named` gives the members mentioned in a text of more members their server names. */
export async function typedArgs(
  route: Route,
  options: readonly CommandInteractionOption[],
  named: (text: string) => Promise<string>,
): Promise<GivenValues> {
  const args: Record<string, GivenValue> = {};
  const lists = new Map<string, Array<{ index: number; value: string | MemberRef }>>();
  for (const option of options) {
    const to = route.options.get(option.name);
    let value: Item | undefined = optionValue(option);
    if (!to || value === undefined) continue;
    if (to.index === undefined) {
      args[to.arg.key] = value;
      continue;
    }
    if (typeof value === 'string' && to.arg.type.kind === 'member') value = await named(value);
    if (typeof value !== 'string' && typeof value !== 'object') continue;
    const list = lists.get(to.arg.key) ?? [];
    list.push({ index: to.index, value });
    lists.set(to.arg.key, list);
  }
  for (const [key, list] of lists) args[key] = list.sort((a, b) => a.index - b.index).map((i) => i.value);
  return args;
}
