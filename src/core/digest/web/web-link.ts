// The links of the web view: a signed, expiring claim on one network's page. The token holds
// the network's id, the generation of its links (revocation raises it), the expiry and, when
// a period was asked for, its bounds — nothing about who asked. Signed with a key derived
// from MAILLAGE_SECRET: a link cannot be forged or moved to another network without it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../result.ts';
import type { NamedPeriod, PeriodKind } from '../digest-periods.ts';

/** How long a link works. */
export const WEB_LINK_HOURS = 24;

export interface WebClaims {
  networkId: string;
  generation: number;
  expiresAt: Date;
  /** A period asked for in words; absent: the schedule's current period when the page is read. */
  period?: NamedPeriod | undefined;
}

export type WebLinkError = 'invalid' | 'expired';

const KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'days'];
const VERSION = 1;
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
const date = (s: number) => new Date(s * 1000);

/** The signing key: its own, so that a link's signature is never a voter key's. */
const linkKey = (secret: string) => createHmac('sha256', secret).update('maillage web link v1').digest();

const mac = (secret: string, body: Buffer) =>
  createHmac('sha256', linkKey(secret)).update(body).digest().subarray(0, MAC_BYTES);

/**
 * Written in lowercase hexadecimal, packed: version, network id (16 bytes), generation,
 * expiry, then the period if one was asked for, then the signature. Hexadecimal holds no
 * character that chat markup reads (`_`, `*`, `~`), so a link is never broken by formatting.
 */
export function signWebLink(secret: string, claims: WebClaims): string {
  if (!UUID.test(claims.networkId)) throw new Error('a network id is a uuid');
  const p = claims.period;
  const body = Buffer.alloc(26 + (p ? 18 : 0));
  body.writeUInt8(VERSION, 0);
  Buffer.from(claims.networkId.replaceAll('-', ''), 'hex').copy(body, 1);
  body.writeUInt32BE(claims.generation, 17);
  body.writeUInt32BE(seconds(claims.expiresAt), 21);
  body.writeUInt8(p ? 1 : 0, 25);
  if (p) {
    body.writeUInt8(KINDS.indexOf(p.kind), 26);
    const times = [p.period.start, p.period.end, p.previous.start, p.previous.end];
    for (const [i, t] of times.entries()) body.writeUInt32BE(seconds(t), 27 + 4 * i);
    body.writeUInt8(p.partial ? 1 : 0, 43);
  }
  return Buffer.concat([body, mac(secret, body)]).toString('hex');
}

const TOKEN = /^(?:[0-9a-f]{2}){42}(?:(?:[0-9a-f]{2}){18})?$/;

/** The claims of a token signed with `secret`, if it has not expired by `now`. */
export function verifyWebLink(secret: string, token: string, now: Date): Result<WebClaims, WebLinkError> {
  if (!TOKEN.test(token)) return err('invalid');
  const bytes = Buffer.from(token, 'hex');
  const body = bytes.subarray(0, bytes.length - MAC_BYTES);
  const given = bytes.subarray(bytes.length - MAC_BYTES);
  if (!timingSafeEqual(given, mac(secret, body))) return err('invalid');
  const hasPeriod = body.readUInt8(25) === 1;
  if (body.readUInt8(0) !== VERSION || body.length !== (hasPeriod ? 44 : 26)) return err('invalid');
  const expiresAt = date(body.readUInt32BE(21));
  if (now.getTime() >= expiresAt.getTime()) return err('expired');
  const hex = body.subarray(1, 17).toString('hex');
  const networkId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const claims: WebClaims = { networkId, generation: body.readUInt32BE(17), expiresAt };
  if (hasPeriod) {
    const kind = KINDS[body.readUInt8(26)];
    if (!kind) return err('invalid');
    const [ps = 0, pe = 0, qs = 0, qe = 0] = [0, 1, 2, 3].map((i) => body.readUInt32BE(27 + 4 * i));
    claims.period = {
      kind,
      period: { start: date(ps), end: date(pe) },
      previous: { start: date(qs), end: date(qe) },
      partial: body.readUInt8(43) === 1,
    };
  }
  return ok(claims);
}
