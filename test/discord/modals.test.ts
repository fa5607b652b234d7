// The core's forms as Discord modals, within Discord's limits, and the drafts that let a
// refused form be reopened as typed.
import { describe, expect, it } from 'vitest';
import { Drafts, formOfModal, modalOf } from '../../adapters/discord/modals.ts';
import { pollForm, profileForm } from '../../src/core/forms/forms.ts';
import type { Member } from '../../src/core/model.ts';
import { modalProblems } from './message-limits.ts';

const member = {
  id: 'm1',
  networkId: 'n1',
  displayName: 'Alice',
  locale: null,
  isFacilitator: false,
  organisationId: null,
  roleTitle: 'Conseillère',
  territory: 'x'.repeat(200),
  themes: ['logement'],
  helpOffer: null,
} as unknown as Member;

describe('forms as Discord modals', () => {
  it('shows each form in one modal that Discord accepts, in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const spec of [pollForm(locale), profileForm(locale, member, undefined)]) {
        const modal = modalOf(spec) as unknown as Record<string, unknown>;
        expect(modalProblems(modal)).toEqual([]);
      }
    }
  });

  it('gives each field its hint under the label, and prefills the profile', () => {
    const modal = modalOf(profileForm('fr', member, undefined));
    expect(modal.components.map((c) => c.component.custom_id)).toEqual([
      'organisation',
      'roleTitle',
      'territory',
      'themes',
      'helpOffer',
    ]);
    expect(modal.components[1]?.component.value).toBe('Conseillère');
    // A stored value longer than the field allows is cut, or Discord would refuse the modal.
    expect(modal.components[2]?.component.value).toHaveLength(80);
    expect(modal.components.every((c) => (c.description?.length ?? 0) <= 100)).toBe(true);
    expect(modal.components[4]?.component.style).toBe(2);
  });

  it('reopens with the values typed, and knows its form by its id', () => {
    const modal = modalOf(pollForm('fr'), { question: 'Q ?', options: 'A\nB' });
    expect(modal.components.map((c) => c.component.value)).toEqual(['Q ?', 'A\nB', undefined, undefined]);
    expect(formOfModal(modal.custom_id)).toBe('poll');
    expect(formOfModal('coopform:other')).toBeUndefined();
  });

  it('keeps a draft for a while, per guild, user and form', () => {
    let now = 0;
    const drafts = new Drafts(1000, 10, () => now);
    drafts.save('g', 'u', 'poll', { question: 'Q' });
    expect(drafts.get('g', 'u', 'poll')).toEqual({ question: 'Q' });
    expect(drafts.get('g', 'other', 'poll')).toBeUndefined();
    now = 1001;
    expect(drafts.get('g', 'u', 'poll')).toBeUndefined();
  });
});
