// The other way round from read-text.ts: a verb and typed values written as the text the
// reader reads back to the same values. The core needs it where a button must run a typed
// request again (`--ok` past the guard's warnings): a button carries command text.
import type { GivenValue, GivenValues } from './check-args.ts';
import type { ArgSpec, MemberRef, VerbSpec } from './spec.ts';

/** Quoted with marks the text does not contain (the tokenizer accepts "…", “…”, «…»). */
export function quoteText(value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!/["“”]/.test(clean)) return `"${clean}"`;
  return `«${clean.replace(/[«»]/g, '"')}»`;
}

/** A platform mention keeps its id (`<@U1|Marie>`); a name is written as a quoted mention. */
function memberText(ref: MemberRef): string {
  if (ref.kind === 'mention') return `<@${ref.userId}|${ref.name.replace(/[<>|]/g, '').trim()}>`;
  return `@${quoteText(ref.name)}`;
}

function itemText(arg: ArgSpec, value: string | number | boolean | MemberRef): string {
  if (typeof value === 'object') return memberText(value);
  if (arg.type.kind === 'integer' || typeof value === 'number') return String(value);
  if (arg.read.by === 'hashtag') return `#${String(value).replace(/^#/, '').replace(/\s+/g, '-')}`;
  if (arg.type.kind === 'choice') {
    const name = arg.type.choices.find((c) => c.value === value)?.names[0] ?? String(value);
    return /\s/.test(name) ? quoteText(name) : name;
  }
  return quoteText(String(value));
}

function argText(arg: ArgSpec, given: GivenValue): string {
  if (arg.type.kind === 'flag') return given === true || given === 'true' ? arg.names[0] : '';
  const items = (Array.isArray(given) ? given : [given]) as Array<string | number | boolean | MemberRef>;
  const written = items.map((item) => itemText(arg, item)).join(' ');
  return arg.read.by === 'keyword' ? `${arg.names[0]} ${written}` : written;
}

/** `sondage "Question ?" "A" "B" public`, `but 3 statut actif`: what reads back to `values`. */
export function writeText(command: string, verb: VerbSpec, values: GivenValues): string {
  const words: string[] = [command];
  const after = verb.after !== undefined ? values[verb.after] : undefined;
  if (after !== undefined) words.push(String(after));
  if (verb.names) words.push(verb.names[0]);
  for (const arg of verb.args) {
    const value = values[arg.key];
    if (arg.key === verb.after || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    words.push(argText(arg, value));
  }
  return words.filter((w) => w !== '').join(' ');
}
