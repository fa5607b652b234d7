// The pure translations between the platforms and the core, fuzzed without a database:
// any neutral message renders within Slack's and Discord's limits, pings nobody on Slack
// and sends no control character to a terminal; typed text always tokenizes into
// storable words; Slack's escaping reads back as typed; Discord's text options reach the
// core as typed; Discord's custom ids read back
// as the command they carry; the packet guard judges any payload without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import { CustomIds } from '../../adapters/discord/custom-ids.ts';
import { guardInteraction } from '../../adapters/discord/packet-guard.ts';
import { typedArgs } from '../../adapters/discord/typed-args.ts';
import { escapeSlack, fromSlackText } from '../../adapters/slack/slack-text.ts';
import { tokenize, tokenText } from '../../src/core/args/tokenize.ts';
import { checkArgs } from '../../src/core/grammar/check-args.ts';
import type { Block, Message } from '../../src/core/message.ts';
import { storable } from '../../src/core/text/storable.ts';
import { hostileText, shortHostile } from './hostile-text.ts';
import { renderingProblems } from './platform-checks.ts';
import { FUZZ_RUNS, saltOf, settings } from './settings.ts';

const RUNS = FUZZ_RUNS * 10;

const button = fc.record({
  label: hostileText,
  command: hostileText,
  style: fc.constantFrom(undefined, 'primary' as const, 'danger' as const),
});
const block: fc.Arbitrary<Block> = fc.oneof(
  hostileText.map((text) => ({ type: 'header' as const, text })),
  hostileText.map((text) => ({ type: 'text' as const, text })),
  hostileText.map((text) => ({ type: 'context' as const, text })),
  fc
    .array(fc.record({ label: shortHostile, value: hostileText }), { maxLength: 30 })
    .map((fields) => ({ type: 'fields' as const, fields })),
  fc.array(button, { maxLength: 30 }).map((buttons) => ({ type: 'buttons' as const, buttons })),
  fc
    .tuple(
      shortHostile,
      fc.array(fc.record({ label: shortHostile, command: shortHostile }), { maxLength: 30 }),
    )
    .map(([placeholder, choices]) => ({ type: 'choices' as const, placeholder, choices })),
  fc.constant({ type: 'divider' as const }),
);
const message: fc.Arbitrary<Message> = fc.record({
  visibility: fc.constantFrom('private' as const, 'public' as const),
  blocks: fc.array(block, { minLength: 1, maxLength: 12 }),
});
const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);

describe('fuzzed translations', () => {
  it('renders any message within both platforms’ limits, pinging nobody on Slack, inert in a terminal', () => {
    fc.assert(
      fc.property(message, fc.constantFrom('fr' as const, 'en' as const), (m, locale) => {
        expect(renderingProblems(m, locale)).toEqual([]);
      }),
      settings(RUNS, saltOf('render'), true),
    );
  });

  it('never cuts an emoji in half at a platform’s limit', () => {
    const emojiText = fc
      .tuple(fc.constantFrom('😀', 'a😀', '👩‍👩‍👧‍👦', '𝔘𝔫𝔦', 'é😀'), fc.integer({ min: 20, max: 6000 }))
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
    const emojiBlock: fc.Arbitrary<Block> = fc.oneof(
      emojiText.map((text) => ({ type: 'header' as const, text })),
      emojiText.map((text) => ({ type: 'text' as const, text })),
      emojiText.map((text) => ({ type: 'context' as const, text })),
      fc
        .tuple(emojiText, emojiText)
        .map(([label, value]) => ({ type: 'fields' as const, fields: [{ label, value }] })),
      emojiText.map((label) => ({ type: 'buttons' as const, buttons: [{ label, command: 'aide' }] })),
    );
    fc.assert(
      fc.property(fc.array(emojiBlock, { minLength: 1, maxLength: 4 }), (blocks) => {
        expect(renderingProblems({ visibility: 'public', blocks }, 'fr')).toEqual([]);
      }),
      settings(RUNS, saltOf('emoji'), true),
    );
  });

  it('tokenizes any typed text, into words PostgreSQL can store', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (typed) => {
        const tokens = tokenize(typed);
        if (!tokens.ok) return;
        for (const token of tokens.value) expect(storable(tokenText(token))).toBe(tokenText(token));
      }),
      settings(RUNS, saltOf('tokenize'), true),
    );
  });

  it('reads Slack’s escaping back into exactly what was typed', () => {
    fc.assert(
      fc.property(hostileText, (typed) => {
        expect(fromSlackText(escapeSlack(typed))).toBe(typed);
      }),
      settings(RUNS, saltOf('slack-escape'), true),
    );
  });

  it('gives any Discord text option to the core as the same words, never as text to re-read', async () => {
    const route = discordCommands().routes.get('coop verifier');
    if (!route) throw new Error('no /coop verifier');
    await fc.assert(
      fc.asyncProperty(hostileText, async (typed) => {
        const args = await typedArgs(
          route,
          [{ name: 'texte', type: 3, value: typed }] as never,
          async (t) => t,
        );
        expect(args).toEqual({ text: typed });
        const checked = checkArgs(route.verb, args, 'fr');
        const clean = typed.replace(/\s+/g, ' ').trim();
        if (clean !== '' && clean.length <= 4000) expect(checked.ok && checked.value.text).toBe(clean);
        else expect(checked.ok).toBe(false);
      }),
      settings(RUNS, saltOf('discord-typed-text'), true),
    );
  });

  it('reads a Discord custom id back as the command it carries, and any other id as unknown or expired', () => {
    const ids = new CustomIds(50);
    fc.assert(
      fc.property(hostileText, fc.option(snowflake), hostileText, (command, guildId, forged) => {
        const decoded = ids.decode(ids.forCommand(command, guildId ?? undefined));
        expect(decoded).toEqual({ kind: 'command', command, ...(guildId ? { guildId } : {}) });
        expect(['command', 'expired', 'form-fix', 'form-confirm', 'unknown']).toContain(
          ids.decode(forged).kind,
        );
      }),
      settings(RUNS, saltOf('custom-ids'), true),
    );
  });

  it('judges any interaction payload without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom('id', 'token', 'application_id', 'type', 'data', 'member', 'user', 'channel'),
            fc.anything(),
          ),
        ),
        (payload) => {
          const verdict = guardInteraction(payload);
          expect(['ok', 'repaired', 'dropped']).toContain(verdict.kind);
        },
      ),
      settings(RUNS, saltOf('packet-guard'), true),
    );
  });
});
