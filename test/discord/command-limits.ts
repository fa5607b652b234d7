// Discord's documented limits on an application command, checked by the fake Discord the
// way Discord checks them on registration: a payload Discord would refuse is refused here.
// https://discord.com/developers/docs/interactions/application-commands

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALES = new Set(['fr', 'en-US', 'en-GB', 'de', 'es-ES', 'it', 'nl', 'pl', 'pt-BR', 'ja', 'ko']);

interface Json {
  [key: string]: unknown;
}

const SUBCOMMAND = 1;
const GROUP = 2;

/** Problems with one command, as sentences; empty when Discord would accept it. */
export function commandProblems(command: Json): string[] {
  const problems: string[] = [];
  const where = String(command.name);
  checkNamed(command, where, problems);
  if (command.type !== undefined && command.type !== 1)
    problems.push(`${where}: only chat input commands here`);
  const size = characterCount(command);
  if (size > 4000)
    problems.push(`${where}: ${size} characters in names, descriptions and values (max 4,000)`);
  checkOptions(asList(command.options), where, 0, problems);
  return problems;
}

/** Names, descriptions and choice names and values; the longest localization of each counts. */
export function characterCount(node: Json): number {
  let total = longest(node, 'name') + longest(node, 'description');
  if ('value' in node) total += String(node.value).length;
  for (const choice of asList(node.choices)) total += characterCount(choice);
  for (const option of asList(node.options)) total += characterCount(option);
  return total;
}

function longest(node: Json, field: 'name' | 'description'): number {
  const values = [node[field], ...Object.values((node[`${field}_localizations`] as Json | undefined) ?? {})];
  return Math.max(0, ...values.map((v) => (typeof v === 'string' ? v.length : 0)));
}

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function checkNamed(node: Json, where: string, problems: string[]): void {
  const names = [node.name, ...Object.values((node.name_localizations as Json | undefined) ?? {})];
  for (const name of names) {
    if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase())
      problems.push(`${where}: invalid name ${JSON.stringify(name)}`);
  }
  const descriptions = [node.description, ...Object.values((node.description_localizations as Json) ?? {})];
  for (const description of descriptions) {
    if (typeof description !== 'string' || description.length < 1 || description.length > 100)
      problems.push(`${where}: description must have 1 to 100 characters: ${JSON.stringify(description)}`);
  }
  for (const field of ['name_localizations', 'description_localizations']) {
    for (const locale of Object.keys((node[field] as Json | undefined) ?? {})) {
      if (!LOCALES.has(locale)) problems.push(`${where}: unknown locale ${locale}`);
    }
  }
}

function checkOptions(options: Json[], where: string, depth: number, problems: string[]): void {
  if (options.length > 25) problems.push(`${where}: ${options.length} options or subcommands (max 25)`);
  const seen = new Set<string>();
  let optionalSeen = false;
  for (const option of options) {
    const at = `${where} ${String(option.name)}`;
    if (seen.has(String(option.name))) problems.push(`${at}: duplicate name`);
    seen.add(String(option.name));
    checkNamed(option, at, problems);
    if (option.type === GROUP || option.type === SUBCOMMAND) {
      if (option.type === GROUP && depth > 0) problems.push(`${at}: a group can only be at the top level`);
      if (option.type === SUBCOMMAND && depth > 1)
        problems.push(`${at}: subcommands nest two levels at most`);
      const children = asList(option.options);
      if (option.type === GROUP && children.some((c) => c.type !== SUBCOMMAND))
        problems.push(`${at}: a group holds only subcommands`);
      checkOptions(children, at, depth + 1, problems);
      continue;
    }
    if (option.required) {
      if (optionalSeen) problems.push(`${at}: required options must come before optional ones`);
    } else optionalSeen = true;
    checkValueOption(option, at, problems);
  }
  const kinds = new Set(options.map((o) => (o.type === GROUP || o.type === SUBCOMMAND ? 'sub' : 'value')));
  if (kinds.size > 1) problems.push(`${where}: subcommands and value options cannot be mixed`);
}

function checkValueOption(option: Json, at: string, problems: string[]): void {
  const choices = asList(option.choices);
  if (choices.length > 25) problems.push(`${at}: ${choices.length} choices (max 25)`);
  if (choices.length > 0 && option.autocomplete) problems.push(`${at}: choices and autocomplete together`);
  if (option.autocomplete && ![3, 4, 10].includes(Number(option.type)))
    problems.push(`${at}: autocomplete only on string, integer or number options`);
  for (const choice of choices) {
    const names = [choice.name, ...Object.values((choice.name_localizations as Json | undefined) ?? {})];
    if (names.some((n) => typeof n !== 'string' || n.length < 1 || n.length > 100))
      problems.push(`${at}: choice names have 1 to 100 characters`);
    if (typeof choice.value === 'string' && choice.value.length > 100)
      problems.push(`${at}: choice values have at most 100 characters`);
  }
  const max = option.max_length;
  if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 6000))
    problems.push(`${at}: max_length between 1 and 6,000`);
}
