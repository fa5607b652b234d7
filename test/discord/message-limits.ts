// Discord's documented limits on what a bot sends — messages, embeds, components, modals,
// autocomplete answers — checked by the fake Discord, which refuses (400, code 50035) what
// Discord would refuse, so a test cannot pass on a payload Discord would not take.
// https://discord.com/developers/docs/resources/message#create-message ·
// …/interactions/receiving-and-responding · …/components/reference

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const length = (value: unknown) => (typeof value === 'string' ? value.length : 0);

export function messageProblems(body: Json, { creating }: { creating: boolean }): string[] {
  const problems: string[] = [];
  if (length(body.content) > 2000) problems.push(`content: ${length(body.content)} characters (max 2,000)`);
  const embeds = list(body.embeds);
  const components = list(body.components);
  if (creating && length(body.content) === 0 && embeds.length === 0 && components.length === 0)
    problems.push('empty message (code 50006)');
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  const nonce = body.nonce;
  if (nonce !== undefined && (typeof nonce === 'string' ? nonce.length > 25 : !Number.isInteger(nonce)))
    problems.push('nonce: a string of at most 25 characters or an integer');
  let total = 0;
  embeds.forEach((embed, i) => {
    total += embedProblems(embed, `embeds[${i}]`, problems);
  });
  if (total > 6000) problems.push(`embeds: ${total} characters in all (max 6,000)`);
  componentProblems(components, problems);
  return problems;
}

function embedProblems(embed: Json, at: string, problems: string[]): number {
  const fields = list(embed.fields);
  if (length(embed.title) > 256) problems.push(`${at}.title: ${length(embed.title)} characters (max 256)`);
  if (length(embed.description) > 4096)
    problems.push(`${at}.description: ${length(embed.description)} characters (max 4,096)`);
  if (fields.length > 25) problems.push(`${at}: ${fields.length} fields (max 25)`);
  let size = length(embed.title) + length(embed.description);
  fields.forEach((field, j) => {
    const name = length(field.name);
    const value = length(field.value);
    if (name < 1 || name > 256) problems.push(`${at}.fields[${j}].name: ${name} characters (1 to 256)`);
    if (value < 1 || value > 1024)
      problems.push(`${at}.fields[${j}].value: ${value} characters (1 to 1,024)`);
    size += name + value;
  });
  const footer = (embed.footer as Json | undefined)?.text;
  if (length(footer) > 2048) problems.push(`${at}.footer: over 2,048 characters`);
  return size + length(footer);
}

function componentProblems(rows: Json[], problems: string[]): void {
  if (rows.length > 5) problems.push(`${rows.length} rows of components (max 5)`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const children = list(row.components);
    if (row.type !== 1) problems.push(`components[${i}]: not an action row`);
    const selects = children.filter((c) => c.type === 3);
    if (children.length < 1 || children.length > 5) problems.push(`components[${i}]: 1 to 5 components`);
    if (selects.length > 0 && children.length > 1)
      problems.push(`components[${i}]: a menu is alone in its row`);
    for (const child of children) {
      const id = String(child.custom_id ?? '');
      if (id.length < 1 || id.length > 100) problems.push(`custom_id of ${id.length} characters (1 to 100)`);
      if (ids.has(id)) problems.push(`duplicate custom_id ${id}`);
      ids.add(id);
      if (child.type === 2) {
        if (length(child.label) > 80) problems.push(`button label over 80 characters`);
        if (![1, 2, 3, 4].includes(Number(child.style))) problems.push('button style');
      } else if (child.type === 3) {
        const options = list(child.options);
        if (options.length < 1 || options.length > 25) problems.push('menu: 1 to 25 options');
        if (options.some((o) => length(o.label) > 100 || length(o.value) > 100))
          problems.push('menu option over 100 characters');
      } else problems.push(`component type ${String(child.type)} not expected here`);
    }
  });
}

/** A modal: a title, 1 to 5 labelled text inputs. */
export function modalProblems(data: Json): string[] {
  const problems: string[] = [];
  const title = length(data.title);
  if (title < 1 || title > 45) problems.push(`modal title of ${title} characters (1 to 45)`);
  const id = length(data.custom_id);
  if (id < 1 || id > 100) problems.push('modal custom_id (1 to 100)');
  const rows = list(data.components);
  if (rows.length < 1 || rows.length > 5) problems.push(`${rows.length} modal components (1 to 5)`);
  for (const row of rows) {
    if (row.type !== 18) {
      problems.push('expected a label component');
      continue;
    }
    const label = length(row.label);
    if (label < 1 || label > 45) problems.push(`modal label of ${label} characters (1 to 45)`);
    if (length(row.description) > 100) problems.push('modal label description over 100 characters');
    const input = (row.component ?? {}) as Json;
    if (input.type !== 4) problems.push('expected a text input');
    if ('label' in input) problems.push('a text input inside a label has no label of its own');
    const max = Number(input.max_length ?? 4000);
    if (max < 1 || max > 4000) problems.push('text input max_length (1 to 4,000)');
    if (length(input.placeholder) > 100) problems.push('placeholder over 100 characters');
    if (length(input.value) > max) problems.push('prefilled value longer than max_length');
    if (length(input.custom_id) < 1 || length(input.custom_id) > 100) problems.push('text input custom_id');
  }
  return problems;
}

/** An autocomplete answer: at most 25 choices, names 1 to 100, string values at most 100. */
export function autocompleteProblems(data: Json): string[] {
  const choices = list(data.choices);
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices (max 25)`);
  for (const choice of choices) {
    if (length(choice.name) < 1 || length(choice.name) > 100) problems.push('choice name (1 to 100)');
    if (typeof choice.value === 'string' && choice.value.length > 100) problems.push('choice value over 100');
  }
  return problems;
}
