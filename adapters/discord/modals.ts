// The core's forms as Discord modals (at most five text inputs, each under a label with
// the field's hint), what a submitted modal holds, and drafts: a modal cannot show errors
// next to its fields, so a refused submission is kept a while, to reopen it as typed.
import { FORM_IDS, type FormId, type FormSpec } from '../../src/core/public.ts';
import { FORM_MODAL } from './custom-ids.ts';
import { cut } from './render.ts';

const MODAL = { title: 45, inputs: 5, label: 45, description: 100, placeholder: 100, value: 4000 } as const;

export interface ModalJson {
  custom_id: string;
  title: string;
  components: Array<{
    type: 18;
    label: string;
    description?: string;
    component: {
      type: 4;
      custom_id: string;
      style: 1 | 2;
      required: boolean;
      max_length: number;
      placeholder?: string;
      value?: string;
    };
  }>;
}

/** The modal of a form, its inputs holding `values` (else the form's own prefilled values). */
export function modalOf(spec: FormSpec, values: Readonly<Record<string, string>> = {}): ModalJson {
  return {
    custom_id: FORM_MODAL + spec.id,
    title: cut(spec.title, MODAL.title),
    components: spec.fields.slice(0, MODAL.inputs).map((field) => {
      const maxLength = Math.min(field.maxLength, MODAL.value);
      const value = cut(values[field.id] ?? field.initial, maxLength);
      return {
        type: 18 as const,
        label: cut(field.label, MODAL.label),
        ...(field.hint ? { description: cut(field.hint, MODAL.description) } : {}),
        component: {
          type: 4 as const,
          custom_id: field.id,
          style: field.multiline ? (2 as const) : (1 as const),
          required: field.required,
          max_length: maxLength,
          ...(field.placeholder ? { placeholder: cut(field.placeholder, MODAL.placeholder) } : {}),
          ...(value ? { value } : {}),
        },
      };
    }),
  };
}

/** The form a modal's custom_id stands for. */
export function formOfModal(customId: string): FormId | undefined {
  const id = customId.startsWith(FORM_MODAL) ? customId.slice(FORM_MODAL.length) : '';
  return (FORM_IDS as readonly string[]).includes(id) ? (id as FormId) : undefined;
}

interface Draft {
  values: Record<string, string>;
  expires: number;
}

/** Refused submissions by guild, user and form, kept for `ttlMs` (15 minutes by default). */
export class Drafts {
  private readonly drafts = new Map<string, Draft>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly capacity = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  private key = (guildId: string, userId: string, form: string) => `${guildId}:${userId}:${form}`;

  save(guildId: string, userId: string, form: string, values: Record<string, string>): void {
    const key = this.key(guildId, userId, form);
    this.drafts.delete(key);
    this.drafts.set(key, { values, expires: this.now() + this.ttlMs });
    for (const [k, draft] of this.drafts) {
      if (this.drafts.size <= this.capacity && draft.expires > this.now()) break;
      this.drafts.delete(k);
    }
  }

  get(guildId: string, userId: string, form: string): Record<string, string> | undefined {
    const draft = this.drafts.get(this.key(guildId, userId, form));
    if (!draft || draft.expires <= this.now()) return undefined;
    return draft.values;
  }

  forget(guildId: string, userId: string, form: string): void {
    this.drafts.delete(this.key(guildId, userId, form));
  }
}
