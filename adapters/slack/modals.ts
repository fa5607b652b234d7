// The core's forms as Slack modals: one input block per field (its block id is the field
// id, so the core's errors come back next to their field), and what the modal carries
// from the command that opened it (where to post, where to answer privately).
import { createHash } from 'node:crypto';
import type { types } from '@slack/bolt';
import {
  FORM_IDS,
  type FormId,
  type FormReply,
  type FormSpec,
  type Locale,
  localized,
} from '../../src/core/public.ts';
import { slackMessages as m } from './messages.ts';
import { stripMarkup, toPlain, truncate } from './slack-text.ts';

export const FORM_CALLBACK_PREFIX = 'coop:form:';
const INPUT_ACTION = 'value';

/** What a modal remembers of the command that opened it (its private_metadata). */
export interface FormContext {
  form: FormId;
  channelId: string | undefined;
  /** The slash command's response_url: valid 30 minutes, enough for a form. */
  responseUrl: string | undefined;
  /** The submit button's label, to name it in a confirmation request. */
  submit: string;
}

const LIMITS = { title: 24, submit: 24, label: 2000, hint: 2000, placeholder: 150, error: 2000 } as const;

function input(field: FormSpec['fields'][number]): types.InputBlock {
  const element: types.PlainTextInput = {
    type: 'plain_text_input',
    action_id: INPUT_ACTION,
    multiline: field.multiline,
    max_length: Math.min(field.maxLength, 3000),
    ...(field.placeholder
      ? { placeholder: { type: 'plain_text', text: truncate(field.placeholder, LIMITS.placeholder) } }
      : {}),
    ...(field.initial ? { initial_value: field.initial } : {}),
  };
  return {
    type: 'input',
    block_id: field.id,
    optional: !field.required,
    label: { type: 'plain_text', text: truncate(toPlain(field.label), LIMITS.label) },
    ...(field.hint ? { hint: { type: 'plain_text', text: truncate(toPlain(field.hint), LIMITS.hint) } } : {}),
    element,
  };
}

export function formView(spec: FormSpec, context: Omit<FormContext, 'submit'>, locale: Locale): types.View {
  const metadata: FormContext = { ...context, submit: spec.submit };
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK_PREFIX}${spec.id}`,
    title: { type: 'plain_text', text: truncate(spec.title, LIMITS.title) },
    submit: { type: 'plain_text', text: truncate(spec.submit, LIMITS.submit) },
    close: { type: 'plain_text', text: localized(locale, m['form-cancel']) },
    private_metadata: JSON.stringify(metadata),
    blocks: spec.fields.map(input),
  };
}

/** The context a submitted modal carries, if it is one of ours. */
export function formContext(privateMetadata: string): FormContext | undefined {
  try {
    const parsed = JSON.parse(privateMetadata) as Partial<FormContext>;
    if (!FORM_IDS.includes(parsed.form as FormId)) return undefined;
    return {
      form: parsed.form as FormId,
      channelId: typeof parsed.channelId === 'string' ? parsed.channelId : undefined,
      responseUrl: typeof parsed.responseUrl === 'string' ? parsed.responseUrl : undefined,
      submit: typeof parsed.submit === 'string' ? parsed.submit : '',
    };
  } catch {
    return undefined;
  }
}

type StateValues = Record<string, Record<string, { value?: string | null | undefined }>>;

/** The submitted text of each field, by field id (empty fields as ''). */
export function formValues(values: StateValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) out[blockId] = actions[INPUT_ACTION]?.value ?? '';
  return out;
}

/** Slack's answer that keeps the modal open with a message under each faulty field. */
export function errorsAction(errors: Record<string, string>): {
  response_action: 'errors';
  errors: Record<string, string>;
} {
  const plainErrors = Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [field, truncate(stripMarkup(text), LIMITS.error)]),
  );
  return { response_action: 'errors', errors: plainErrors };
}

/** The errors to show for a refused submission, with how to confirm a guard warning. */
export function fieldErrorsOf(reply: FormReply, context: FormContext): Record<string, string> {
  if (!reply.confirmable) return reply.fieldErrors;
  const ask = localized(reply.locale, m['confirm-in-form'], { submit: context.submit });
  return Object.fromEntries(
    Object.entries(reply.fieldErrors).map(([field, text]) => [field, `${text} ${ask}`]),
  );
}

/**
 * Guard warnings are confirmed by sending the same values again. Slack cannot change a
 * modal's private_metadata while showing errors, so the warned values are remembered
 * here, by view, for a quarter of an hour. (On another replica the warning simply shows
 * again: the safe side.)
 */
export class PendingConfirmations {
  private readonly warned = new Map<string, { digest: string; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 2000,
  ) {}

  static digest(values: Record<string, string>): string {
    const sorted = Object.keys(values)
      .sort()
      .map((k) => [k, values[k]?.trim() ?? '']);
    return createHash('sha256').update(JSON.stringify(sorted)).digest('base64url');
  }

  /** True when these very values were warned about in this view (and forgets them). */
  confirms(viewId: string, values: Record<string, string>): boolean {
    const entry = this.warned.get(viewId);
    this.warned.delete(viewId);
    return (
      entry !== undefined &&
      this.now() - entry.at < this.ttlMs &&
      entry.digest === PendingConfirmations.digest(values)
    );
  }

  remember(viewId: string, values: Record<string, string>): void {
    if (this.warned.size >= this.max) {
      const oldest = this.warned.keys().next().value;
      if (oldest !== undefined) this.warned.delete(oldest);
    }
    this.warned.set(viewId, { digest: PendingConfirmations.digest(values), at: this.now() });
  }
}
