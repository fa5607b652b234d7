// The file `mes-donnees` sends: a versioned JSON document of everything held about the
// member, its keys in English (a format, not prose), dates as ISO 8601, plus a few
// sentences in the member's language saying what is in it and what cannot be.
import { zonedDay } from '../args/human-date.ts';
import type { Locale } from '../locale.ts';
import type { PrivateFile } from '../message.ts';
import type { Network } from '../model.ts';
import type { MemberData } from './member-data.ts';

export const EXPORT_FORMAT = 'maillage-my-data/1';

const ABOUT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  fr: {
    contents:
      'Tout ce que Maillage garde sur vous dans ce réseau : profil, identifiants sur les plateformes, échanges, buts, glossaire, sondages, votes publics, café coopération, journal des facilitateurs.',
    anonymousVotes:
      'Les votes des sondages anonymes ne peuvent être reliés à personne, c’est voulu : ils ne figurent pas ici.',
    notes:
      'La note d’un échange figure seulement pour les échanges que vous avez notés : elle appartient à son auteur.',
    names:
      'Les personnes sont nommées comme aujourd’hui ; « Ancien membre » désigne quelqu’un qui a demandé à être oublié.',
  },
  en: {
    contents:
      'Everything Maillage keeps about you in this network: profile, platform user ids, exchanges, goals, glossary, polls, public votes, café coopération, facilitators’ audit trail.',
    anonymousVotes: 'Votes in anonymous polls cannot be linked to anyone, by design: they are not here.',
    notes: 'An exchange’s note is included only for the exchanges you logged: it belongs to its author.',
    names: 'People are named as they are today; “Former member” is someone who asked to be forgotten.',
  },
};

const iso = (at: Date | null) => (at ? at.toISOString() : null);
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

function document(data: MemberData, network: Network, now: Date, locale: Locale) {
  const { profile } = data;
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    network: network.name,
    language: locale,
    about: ABOUT[locale],
    profile: {
      id: profile.id,
      displayName: profile.displayName,
      organisation: profile.organisation,
      role: profile.role,
      territory: profile.territory,
      themes: profile.themes,
      helpOffer: profile.helpOffer,
      language: profile.language,
      facilitator: profile.facilitator,
      platformAdmin: profile.platformAdmin,
      cafeOptIn: profile.cafeOptIn,
      arrivedOn: dayOf(profile.arrivedOn),
    },
    platformIdentities: data.identities,
    exchanges: data.exchanges.map((e) => ({
      number: e.ref,
      date: e.occurredOn,
      kind: e.kind,
      role: e.role,
      themes: e.themes,
      author: e.author,
      members: e.members,
      organisations: e.organisations,
      goal: e.goal ? { number: e.goal.ref, title: e.goal.title } : null,
      ...(e.role === 'author' ? { note: e.note } : {}),
    })),
    goalsProposed: data.goals.map((g) => ({
      number: g.ref,
      title: g.title,
      description: g.description,
      indicator: g.indicator,
      status: g.status,
      proposedAt: iso(g.proposedAt),
    })),
    goalUpdates: data.goalUpdates.map((u) => ({
      goal: { number: u.goalRef, title: u.goalTitle },
      kind: u.kind,
      ...(u.kind === 'status' ? { status: u.status } : { text: u.text }),
      at: iso(u.at),
    })),
    glossaryEntries: data.glossaryEntries.map((g) => ({
      term: g.term,
      definition: g.definition,
      updatedAt: iso(g.updatedAt),
    })),
    pollsCreated: data.polls.map((p) => ({
      number: p.ref,
      question: p.question,
      options: p.options,
      anonymous: p.anonymous,
      multiple: p.multiple,
      status: p.status,
      createdAt: iso(p.createdAt),
      closesAt: iso(p.closesAt),
      closedAt: iso(p.closedAt),
    })),
    publicPollVotes: data.publicVotes.map((v) => ({
      poll: v.pollRef,
      question: v.question,
      status: v.status,
      choices: v.choices,
    })),
    anonymousPollVotes: ABOUT[locale].anonymousVotes,
    cafePairings: data.cafe.map((c) => ({
      roundAt: iso(c.roundAt),
      group: c.groupRef,
      with: c.with,
      met: c.met,
      answeredAt: iso(c.answeredAt),
    })),
    auditTrail: data.audit.map((a) => ({
      at: iso(a.at),
      action: a.action,
      roles: a.roles,
      actor: a.actor,
      subject: a.subject,
      details: a.details,
    })),
  };
}

export type MemberExport = ReturnType<typeof document>;

export function exportFile(data: MemberData, network: Network, now: Date, locale: Locale): PrivateFile {
  return {
    name: `maillage-mes-donnees-${zonedDay(now, network.timeZone)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(document(data, network, now, locale), null, 2)}\n`,
  };
}
