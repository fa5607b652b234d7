// The neutral message as Discord messages, checked against the limits the fake Discord
// enforces (the ones Discord documents).
import { describe, expect, it } from 'vitest';
import { CustomIds } from '../../adapters/discord/custom-ids.ts';
import { renderMessage, splitText } from '../../adapters/discord/render.ts';
import {
  buttons,
  context,
  fields,
  header,
  type Message,
  privateMessage,
  text,
} from '../../src/core/message.ts';
import { messageProblems } from './message-limits.ts';

const ids = () => new CustomIds();
const valid = (message: Message) => {
  const rendered = renderMessage(message, ids());
  for (const part of rendered) expect(messageProblems({ ...part }, { creating: true })).toEqual([]);
  return rendered;
};

describe('rendering for Discord', () => {
  it('sends plain sentences as content, context lines as small text', () => {
    const [only] = valid(privateMessage(text('Vote enregistré.'), context('Vous pouvez changer d’avis.')));
    expect(only).toEqual({
      content: 'Vote enregistré.\n-# Vous pouvez changer d’avis.',
      embeds: [],
      components: [],
    });
  });

  it('puts a header and fields in an embed, and text after fields in a new one', () => {
    const [only] = valid(
      privateMessage(
        header('Réglages'),
        fields([{ label: 'Nom', value: 'Réseau' }]),
        text('Pour changer : config'),
      ),
    );
    expect(only?.embeds).toHaveLength(2);
    expect(only?.embeds[0]).toMatchObject({ title: 'Réglages', fields: [{ name: 'Nom', value: 'Réseau' }] });
    expect(only?.embeds[1]?.description).toBe('Pour changer : config');
  });

  it('splits long content into messages of at most 2,000 characters, at line breaks', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `• ligne ${i} ${'x'.repeat(40)}`);
    const rendered = valid(privateMessage(text(lines.join('\n'))));
    expect(rendered.length).toBeGreaterThan(2);
    expect(rendered.map((r) => r.content).join('\n')).toBe(lines.join('\n'));
  });

  it('keeps embeds within 4,096 per description, 25 fields, 6,000 and 10 embeds per message', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ label: `Champ ${i}`, value: 'v'.repeat(300) }));
    const long = 'mot '.repeat(3000);
    const rendered = valid(privateMessage(header('Beaucoup'), text(long), fields(many)));
    expect(rendered.length).toBeGreaterThan(1);
    const allFields = rendered.flatMap((r) => r.embeds.flatMap((e) => e.fields ?? []));
    expect(allFields).toHaveLength(60);
  });

  it('cuts a field value over 1,024 characters and a title over 256', () => {
    const [only] = valid(
      privateMessage(header('T'.repeat(300)), fields([{ label: 'L', value: 'v'.repeat(2000) }])),
    );
    expect(only?.embeds[0]?.title).toHaveLength(256);
    expect(only?.embeds[0]?.fields?.[0]?.value).toHaveLength(1024);
  });

  it('lays buttons out 5 per row and 5 rows per message, labels of 80 at most', () => {
    const list = Array.from({ length: 27 }, (_, i) => ({
      label: `Option ${i} ${'é'.repeat(90)}`,
      command: `vote 1 ${i}`,
    }));
    const rendered = valid(privateMessage(text('Choisissez'), buttons(...list)));
    expect(rendered).toHaveLength(2);
    expect(rendered[0]?.components).toHaveLength(5);
    expect(rendered[0]?.components[0]?.components).toHaveLength(5);
    expect(rendered[1]?.components).toHaveLength(1);
    const labels = rendered.flatMap((r) =>
      r.components.flatMap((row) => row.components.map((c) => ('label' in c ? c.label : ''))),
    );
    expect(Math.max(...labels.map((l) => l.length))).toBe(80);
  });

  it('uses a button’s command as its custom_id when it fits, else a remembered hash', () => {
    const registry = ids();
    const long = `sigle ajouter "café parents" "${'r'.repeat(120)}" --ok`;
    const [only] = renderMessage(
      privateMessage(
        text('?'),
        buttons({ label: 'Voter', command: 'vote 3 2' }, { label: 'Confirmer', command: long }),
      ),
      registry,
    );
    const [vote, confirm] = only?.components[0]?.components ?? [];
    expect(vote?.custom_id).toBe('coop:vote 3 2');
    expect(confirm?.custom_id).toMatch(/^coop#/);
    expect(confirm?.custom_id.length).toBeLessThanOrEqual(100);
    expect(registry.decode(confirm?.custom_id ?? '')).toEqual({ kind: 'command', command: long });
    expect(ids().decode(confirm?.custom_id ?? '')).toEqual({ kind: 'expired' });
  });

  it('splits text at line breaks, and hard when a line is too long', () => {
    expect(splitText('ab\ncd\nef', 5)).toEqual(['ab\ncd', 'ef']);
    expect(splitText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
  });
});
