// A submitted form as the typed requests it stands for: each field's text made the values of
// the arguments it declares (forms.ts), never command words to read again. A failure goes
// back to the field whose argument it names.
import { parseDuration } from '../args/duration.ts';
import { tokenize } from '../args/tokenize.ts';
import type { Failure } from '../commands/command.ts';
import { grammarFailure } from '../commands/run-command.ts';
import type { TypedCommand } from '../core-api.ts';
import { CLEAR_WORD } from '../directory/clear-word.ts';
import type { GivenValue, GivenValues } from '../grammar/check-args.ts';
import { readText } from '../grammar/read-text.ts';
import type { VerbSpec } from '../grammar/spec.ts';
import { quoteText } from '../grammar/write-text.ts';
import { err, ok, type Result } from '../result.ts';
import {
  type FieldDeclaration,
  FORMS,
  type FormDeclaration,
  type FormId,
  type FormSpec,
  isGiven,
  verbOf,
} from './forms.ts';

/** One typed request of a submission, and the field its failures go to when they name none. */
export interface FormStep {
  field: string;
  typed: TypedCommand;
}

export interface FieldFailure {
  field: string;
  failure: Failure;
}

type Values = Record<string, GivenValue>;

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');

/** The values a field's text gives its arguments; `words` are read as the verb reads them. */
function fill(form: FormDeclaration, field: FieldDeclaration, value: string): Result<Values, Failure> {
  const [first = '', second = ''] = field.args;
  switch (field.fill) {
    case 'text':
      return ok({ [first]: value });
    case 'lines':
      return ok({ [first]: lines(value) });
    case 'deadline':
      return ok({ [parseDuration(value).ok ? first : second]: value });
    case 'named': {
      const typed = /^(.*\S)\s*\(([^()]{1,40})\)$/.exec(value);
      return ok(typed ? { [first]: typed[1] ?? '', [second]: typed[2] ?? '' } : { [first]: value });
    }
    case 'words': {
      const tokens = tokenize(value);
      if (!tokens.ok) return err({ key: 'error.unclosed-quote' });
      const verb = verbOf(form, field);
      const args = verb.args.filter((arg) => field.args.includes(arg.key));
      const only: VerbSpec = { help: verb.help, args, ...(verb.stray ? { stray: verb.stray } : {}) };
      const read = readText([only], tokens.value);
      return read.ok ? ok(read.value.values) : err(grammarFailure(read.error));
    }
  }
}

const request = (form: FormDeclaration, verb: string, args: Values): TypedCommand => ({
  command: form.command.names[0],
  verb,
  args,
});

/**
 * The requests a submission makes: one for the whole poll form; for the profile form, one per
 * field whose value changed (`before`: the form as it was shown). None: nothing changed.
 */
export function formSteps(
  id: FormId,
  values: Readonly<Record<string, string>>,
  before: FormSpec,
): Result<FormStep[], FieldFailure> {
  const form = FORMS[id];
  const steps: FormStep[] = [];
  let together: Values = {};
  for (const field of form.fields) {
    const given = values[field.id];
    const value = (given ?? '').trim();
    const initial = before.fields.find((f) => f.id === field.id)?.initial.trim() ?? '';
    // A prefilled field emptied is cleared; a field absent (several Discord options given as
    // one submission) or left empty stays as it was.
    const emptied = form.requests === 'changed' && given !== undefined && value === '' && initial !== '';
    if (emptied) {
      steps.push({
        field: field.id,
        typed: request(form, field.verb, { [field.args[0] ?? '']: CLEAR_WORD }),
      });
      continue;
    }
    if (value === '' || (form.requests === 'changed' && value === initial)) continue;
    const filled = fill(form, field, value);
    if (!filled.ok) return err({ field: field.id, failure: filled.error });
    if (form.requests === 'changed')
      steps.push({ field: field.id, typed: request(form, field.verb, filled.value) });
    else together = { ...together, ...filled.value };
  }
  const [first] = form.fields;
  if (form.requests === 'one' && first)
    steps.push({ field: first.id, typed: request(form, first.verb, together) });
  return ok(steps);
}

/** The field a failed step's failure belongs to: the one filling the argument it names. */
export function fieldOf(id: FormId, failure: Failure, step: FormStep): string {
  const field = FORMS[id].fields.find(
    (f) => f.verb === step.typed.verb && failure.arg !== undefined && f.args.includes(failure.arg),
  );
  return field?.id ?? step.field;
}

/** The text a field shows for the values a request gave (the way back from `fill`). */
function fieldText(form: FormDeclaration, field: FieldDeclaration, given: GivenValues): string {
  const [first = '', second = ''] = field.args;
  const one = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  switch (field.fill) {
    case 'text':
      return one(given[first]);
    case 'lines': {
      const value = given[first];
      return Array.isArray(value) ? value.map(one).join('\n') : one(value);
    }
    case 'deadline':
      return one(given[first]) || one(given[second]);
    case 'named': {
      const [name, type] = [one(given[first]), one(given[second])];
      return name && type ? `${name} (${type})` : name;
    }
    case 'words':
      // As a person types them: `multiple max 2`, a value quoted only when it has spaces.
      return verbOf(form, field)
        .args.filter((arg) => field.args.includes(arg.key) && isGiven(given[arg.key]))
        .map((arg) => {
          if (arg.type.kind === 'flag') return arg.names[0];
          const value = one(given[arg.key]);
          return `${arg.names[0]} ${/\s/.test(value) ? quoteText(value) : value}`;
        })
        .join(' ');
  }
}

/** The form prefilled with the values a request gave (`sondage creer` with a question only). */
export function prefilled(spec: FormSpec, given: GivenValues): FormSpec {
  const form = FORMS[spec.id];
  const fields = spec.fields.map((shown) => {
    const field = form.fields.find((f) => f.id === shown.id);
    const text = field ? fieldText(form, field, given) : '';
    return text === '' ? shown : { ...shown, initial: text };
  });
  return { ...spec, fields };
}
