// A café group of one organisation (nobody of another could be paired this round) is told
// so, since `cafe oui` promised someone of another organisation; a mixed group is not.
import { describe, expect, it } from 'vitest';
import { introductionFor, introductionForGroup, type Person } from '../../src/core/cafe/introductions.ts';
import { messageText } from '../../src/core/message.ts';
import type { Member } from '../../src/core/model.ts';

const person = (
  id: string,
  name: string,
  organisationId: string | null,
  organisation: string | null,
): Person => ({
  member: {
    id,
    networkId: 'n',
    displayName: name,
    locale: null,
    isFacilitator: false,
    isPlatformAdmin: false,
    organisationId,
    roleTitle: null,
    territory: null,
    themes: [],
    helpOffer: null,
    cafeOptIn: true,
  } satisfies Member,
  organisation,
});

const marie = person('m', 'Marie Curie', 'o1', 'Mission locale de Cergy');
const jean = person('j', 'Jean Dupont', 'o1', 'Mission locale de Cergy');
const zoe = person('z', 'Zoé Lambert', 'o2', 'CCAS de Cergy');

describe('café introductions', () => {
  it('tells colleagues of one organisation that nobody of another one was available', () => {
    const text = messageText(introductionFor(marie, [marie, jean], 1, 'fr'));
    expect(text).toMatch(/Personne d.une autre structure n.était disponible pour ce tour/);
    expect(text).toContain('collègues de Mission locale de Cergy');
    expect(messageText(introductionForGroup([marie, jean], 1, 'en'))).toContain(
      'Nobody from another organisation was available this round',
    );
  });

  it('says nothing of the kind to a group across organisations', () => {
    expect(messageText(introductionFor(marie, [marie, zoe], 1, 'fr'))).not.toContain('autre structure');
    expect(messageText(introductionForGroup([marie, jean, zoe], 1, 'fr'))).not.toContain('autre structure');
  });
});
