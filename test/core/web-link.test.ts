// The web view's links: signed with a key derived from the secret, bound to one network and
// generation, expiring; anything else — a changed byte, another secret, a past expiry, a
// token of another shape — is refused.
import { describe, expect, it } from 'vitest';
import { signWebLink, verifyWebLink } from '../../src/core/digest/web/web-link.ts';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const NETWORK = '0b6f3c1e-8a2d-4f7b-9c3e-5d1a2b3c4d5e';
const NOW = new Date('2026-12-07T10:00:00Z');
const LATER = new Date('2026-12-08T10:00:00Z');

describe('web view links', () => {
  it('carry the network, the generation and the expiry, in hexadecimal', () => {
    const token = signWebLink(SECRET, { networkId: NETWORK, generation: 3, expiresAt: LATER });
    expect(token).toMatch(/^[0-9a-f]{84}$/);
    const claims = verifyWebLink(SECRET, token, NOW);
    expect(claims).toEqual({
      ok: true,
      value: { networkId: NETWORK, generation: 3, expiresAt: LATER },
    });
  });

  it('carry a period asked for in words', () => {
    const period = {
      kind: 'month' as const,
      period: { start: new Date('2026-10-31T23:00:00Z'), end: new Date('2026-11-30T23:00:00Z') },
      previous: { start: new Date('2026-09-30T22:00:00Z'), end: new Date('2026-10-31T23:00:00Z') },
      partial: false,
    };
    const token = signWebLink(SECRET, { networkId: NETWORK, generation: 0, expiresAt: LATER, period });
    expect(token).toMatch(/^[0-9a-f]{120}$/);
    const claims = verifyWebLink(SECRET, token, NOW);
    expect(claims.ok && claims.value.period).toEqual(period);
  });

  it('refuse a link past its expiry, to the second', () => {
    const token = signWebLink(SECRET, { networkId: NETWORK, generation: 0, expiresAt: LATER });
    expect(verifyWebLink(SECRET, token, new Date(LATER.getTime() - 1000)).ok).toBe(true);
    expect(verifyWebLink(SECRET, token, LATER)).toEqual({ ok: false, error: 'expired' });
  });

  it('refuse every changed character, another secret, and other shapes', () => {
    const token = signWebLink(SECRET, { networkId: NETWORK, generation: 0, expiresAt: LATER });
    for (let i = 0; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === '0' ? '1' : '0') + token.slice(i + 1);
      expect(verifyWebLink(SECRET, changed, NOW), `character ${i}`).toEqual({ ok: false, error: 'invalid' });
    }
    expect(verifyWebLink(`${SECRET}!`, token, NOW)).toEqual({ ok: false, error: 'invalid' });
    for (const other of ['', 'abc', token.toUpperCase(), `${token}00`, token.slice(2), `../${token}`])
      expect(verifyWebLink(SECRET, other, NOW)).toEqual({ ok: false, error: 'invalid' });
  });

  it('cannot be moved to another network: the network is inside the signature', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    const token = signWebLink(SECRET, { networkId: NETWORK, generation: 0, expiresAt: LATER });
    const moved = token.slice(0, 2) + other.replaceAll('-', '') + token.slice(34);
    expect(verifyWebLink(SECRET, moved, NOW)).toEqual({ ok: false, error: 'invalid' });
  });
});
