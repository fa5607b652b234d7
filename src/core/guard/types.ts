// Shared vocabulary of the confidentiality guard: the kinds it reports and the shape of a verdict.

export type GuardKind =
  // refusals (personal data)
  | 'phone'
  | 'email'
  | 'nir'
  | 'iban'
  | 'birthdate'
  | 'address'
  | 'admin-id'
  | 'id-document'
  | 'plate'
  // warnings (text that describes a supported person)
  | 'person-age'
  | 'civility-name'
  | 'family-name'
  | 'name-measure'
  // special categories of data (RGPD art. 9 and 10) about someone: warnings, refusals when the
  // text also carries personal data proper
  | 'health'
  | 'religion'
  | 'sexual-orientation'
  | 'origin'
  | 'justice';

export type GuardSeverity = 'refuse' | 'warn';

/** `start`/`end` are UTF-16 offsets into the checked text; `excerpt` is `text.slice(start, end)`. */
export interface GuardFinding {
  kind: GuardKind;
  severity: GuardSeverity;
  start: number;
  end: number;
  excerpt: string;
}

export interface GuardVerdict {
  verdict: 'pass' | 'warn' | 'refuse';
  findings: GuardFinding[];
}

export const REFUSAL_KINDS = [
  'phone',
  'email',
  'nir',
  'iban',
  'birthdate',
  'address',
  'admin-id',
  'id-document',
  'plate',
] as const;
export const WARNING_KINDS = ['person-age', 'civility-name', 'family-name', 'name-measure'] as const;
export const SENSITIVE_KINDS = ['health', 'religion', 'sexual-orientation', 'origin', 'justice'] as const;
export const GUARD_KINDS: readonly GuardKind[] = [...REFUSAL_KINDS, ...WARNING_KINDS, ...SENSITIVE_KINDS];

const REFUSALS: ReadonlySet<GuardKind> = new Set(REFUSAL_KINDS);

export const severityOf = (kind: GuardKind): GuardSeverity => (REFUSALS.has(kind) ? 'refuse' : 'warn');

/** What a detector reports, in the coordinates of the prepared (normalised) text. */
export interface Hit {
  kind: GuardKind;
  start: number;
  end: number;
  /** Overrides the kind's usual severity (sensitive data next to an identifier is refused). */
  severity?: GuardSeverity;
}
