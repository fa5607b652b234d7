// The attacker of anonymous polls: someone holding the database's files (every heap page
// with its dead rows, every WAL segment) and MAILLAGE_SECRET, who knows Maillage's code.
// Three attacks, each returning the (member, option) pairs it asserts:
//  - neighbours: a vote row and a row naming a member written by the same or a
//    neighbouring transaction (xmin ± 2), live rows or dead ones;
//  - recompute: every value of every tuple that could be a poll's salt or key, combined
//    with the secret and every known member and platform identity, as the code derives
//    voter keys (the former scheme and the present one), matched against vote tuples;
//  - raw bytes: the same, on every file's bytes (WAL included): keys found anywhere,
//    voter keys found anywhere, and the option id that follows a voter key in a tuple.
import { createHmac } from 'node:crypto';

/** A tuple as pageinspect shows it, live or dead. */
export interface Tuple {
  table: string;
  xmin: number;
  /** The raw bytes of each attribute (varlena headers included), null when NULL. */
  attrs: (Buffer | null)[];
}

/** What the attacker knows of the network: who is in it (a directory is public). */
export interface Person {
  memberId: string | undefined;
  name: string;
  /** `platform:user id`, as the platform shows it. */
  identity: string;
}

export interface Evidence {
  tuples: Tuple[];
  files: { name: string; bytes: Buffer }[];
  secret: string;
  people: Person[];
  /** option id (uuid text) → its label; the options of the attacked polls. */
  options: Map<string, string>;
}

export type Link = `${string} → ${string}`;

const VOTES = 'poll_votes';

export function uuidOf(bytes: Buffer | null): string | undefined {
  if (bytes?.length !== 16) return undefined;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

/** A short varlena as stored (1-byte header) or a plain buffer, as its content. */
export function varlenaContent(bytes: Buffer): Buffer {
  const first = bytes[0] ?? 0;
  if ((first & 0x01) === 1 && first >> 1 === bytes.length) return bytes.subarray(1);
  if (bytes.length >= 4 && bytes.readUInt32LE(0) >> 2 === bytes.length) return bytes.subarray(4);
  return bytes;
}

/** The vote tuples' (voter, option, xmin): network_id, poll_id, voter, option_id. */
function votesOf(tuples: readonly Tuple[]) {
  return tuples.flatMap((t) => {
    if (t.table !== VOTES) return [];
    const voter = t.attrs[2] ? varlenaContent(t.attrs[2]).toString('latin1') : undefined;
    const option = uuidOf(t.attrs[3] ?? null);
    return voter && option ? [{ voter, option, xmin: t.xmin }] : [];
  });
}

function names(person: Person): Buffer[] {
  const marks: Buffer[] = [Buffer.from(person.identity.split(':').slice(1).join(':'))];
  if (person.memberId) marks.push(uuidBytes(person.memberId), Buffer.from(person.memberId));
  return marks;
}

/** Rows of other tables written within ± 2 transactions of each vote, that name someone. */
export function neighbourLinks(evidence: Evidence, distance = 2): Set<Link> {
  const links = new Set<Link>();
  const others = evidence.tuples.filter((t) => t.table !== VOTES);
  for (const vote of votesOf(evidence.tuples)) {
    const label = evidence.options.get(vote.option);
    if (!label) continue;
    for (const row of others) {
      if (Math.abs(row.xmin - vote.xmin) > distance) continue;
      const bytes = Buffer.concat(row.attrs.filter((a): a is Buffer => a !== null));
      for (const person of evidence.people)
        if (names(person).some((mark) => bytes.includes(mark))) links.add(`${person.name} → ${label}`);
    }
  }
  return links;
}

/** Every voter key the code could have derived from `material` for `person`. */
export function derivedKeys(secret: string, material: Buffer, person: Person): string[] {
  const keys: string[] = [];
  const text = material.toString('latin1');
  // The former scheme: HMAC(secret, salt ‖ NUL ‖ member id), the salt stored as text.
  if (person.memberId)
    keys.push(createHmac('sha256', secret).update(`${text}\u0000${person.memberId}`).digest('base64url'));
  // The present scheme: HMAC(secret, poll key ‖ platform identity), the key stored as bytes.
  keys.push(
    createHmac('sha256', secret).update(material).update(`\u0000${person.identity}`).digest('base64url'),
  );
  return keys;
}

/** Values of 16 to 64 bytes, in every tuple, live or dead: salts and keys among them. */
function candidateMaterial(tuples: readonly Tuple[]): Buffer[] {
  const seen = new Map<string, Buffer>();
  for (const tuple of tuples)
    for (const attr of tuple.attrs) {
      if (!attr) continue;
      const value = varlenaContent(attr);
      if (value.length >= 16 && value.length <= 64) seen.set(value.toString('hex'), value);
    }
  return [...seen.values()];
}

/** Voter keys recomputed from any salt or key found in a tuple, matched against vote tuples. */
export function recomputedLinks(evidence: Evidence, extraMaterial: readonly Buffer[] = []): Set<Link> {
  const votes = votesOf(evidence.tuples);
  const byVoter = new Map<string, string[]>();
  for (const v of votes) byVoter.set(v.voter, [...(byVoter.get(v.voter) ?? []), v.option]);
  const links = new Set<Link>();
  for (const material of [...candidateMaterial(evidence.tuples), ...extraMaterial])
    for (const person of evidence.people)
      for (const key of derivedKeys(evidence.secret, material, person))
        for (const option of byVoter.get(key) ?? []) {
          const label = evidence.options.get(option);
          if (label) links.add(`${person.name} → ${label}`);
        }
  return links;
}

// Runs of base64url characters: a stored text's 1-byte length header ('Y' for 43 bytes) is
// one of them, so every 43-character window of a run is tried.
const BASE64URL_RUN = /[A-Za-z0-9_-]{43,256}/g;

/**
 * On raw bytes: salts (43 base64url characters) and the given keys wherever they are, and
 * voter keys wherever they are, with the option id stored right after them in a vote tuple.
 */
export function rawLinks(
  evidence: Evidence,
  knownKeys: readonly Buffer[] = [],
): {
  links: Set<Link>;
  keysFound: number;
} {
  const tokens = new Map<string, string[]>();
  const material = new Map<string, Buffer>();
  let keysFound = 0;
  for (const key of knownKeys) {
    const forms = [key, Buffer.from(key.toString('hex')), Buffer.from(key.toString('base64url'))];
    if (evidence.files.some((f) => forms.some((form) => f.bytes.includes(form)))) {
      keysFound += 1;
      material.set(key.toString('hex'), key);
    }
  }
  for (const file of evidence.files) {
    const text = file.bytes.toString('latin1');
    for (const run of text.matchAll(BASE64URL_RUN))
      for (let i = 0; i + 43 <= run[0].length; i++) {
        const token = run[0].slice(i, i + 43);
        const at = (run.index ?? 0) + i + 43;
        const option = uuidOf(file.bytes.subarray(at, at + 16));
        const list = tokens.get(token) ?? [];
        if (option) list.push(option);
        tokens.set(token, list);
        material.set(Buffer.from(token).toString('hex'), Buffer.from(token));
      }
  }
  const links = new Set<Link>();
  for (const candidate of material.values())
    for (const person of evidence.people)
      for (const key of derivedKeys(evidence.secret, candidate, person))
        for (const option of tokens.get(key) ?? []) {
          const label = evidence.options.get(option);
          if (label) links.add(`${person.name} → ${label}`);
        }
  return { links, keysFound };
}

/** Of the pairs asserted, those that are true: choices the person really made at some time. */
export function trueLinks(asserted: ReadonlySet<Link>, truth: ReadonlySet<Link>): Link[] {
  return [...asserted].filter((link) => truth.has(link)).sort();
}
