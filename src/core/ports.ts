// The interfaces the core needs from the outside world. Adapters and the database
// layer implement them; the core never imports a driver or an SDK.
import type { Locale } from './locale.ts';
import type { Message } from './message.ts';
import type {
  ExchangeKind,
  Goal,
  GoalStatus,
  Member,
  Network,
  NetworkDefaults,
  Organisation,
  Platform,
  Space,
} from './model.ts';
import type { Result } from './result.ts';

export interface Clock {
  now(): Date;
}

/** Structured logs. Context objects must never hold free text typed by users, nor voters. */
export interface Logger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

export interface NetworkRepository {
  /** The space and its network, created together on first contact (one network per space for now). */
  resolveSpace(
    platform: Platform,
    externalId: string,
    spaceName: string | null,
    defaults: NetworkDefaults,
  ): Promise<{ network: Network; space: Space }>;
  findSpace(platform: Platform, externalId: string): Promise<{ network: Network; space: Space } | undefined>;
  get(networkId: string): Promise<Network | undefined>;
  update(networkId: string, patch: Partial<Pick<Network, 'name' | 'locale' | 'timeZone'>>): Promise<Network>;
}

export interface MemberRepository {
  /** The member behind a platform identity, created on first use with the given display name. */
  resolveIdentity(space: Space, externalId: string, displayName: string): Promise<Member>;
  findByIdentity(space: Space, externalId: string): Promise<Member | undefined>;
  /** The member's user id on the platform of `space`, if they are known there. */
  externalIdIn(space: Space, memberId: string): Promise<string | undefined>;
  get(networkId: string, memberId: string): Promise<Member | undefined>;
  list(networkId: string): Promise<Member[]>;
  setFacilitator(networkId: string, memberId: string, value: boolean): Promise<void>;
  updateProfile(
    networkId: string,
    memberId: string,
    patch: Partial<
      Pick<
        Member,
        'organisationId' | 'roleTitle' | 'territory' | 'themes' | 'helpOffer' | 'locale' | 'displayName'
      >
    >,
  ): Promise<Member>;
}

export interface OrganisationRepository {
  /** Creates the organisation, or returns `exists` when one with the same folded name is there. */
  create(
    networkId: string,
    name: string,
    typeCode: string,
  ): Promise<Result<Organisation, { code: 'exists'; existing: Organisation }>>;
  list(networkId: string): Promise<Organisation[]>;
  get(networkId: string, organisationId: string): Promise<Organisation | undefined>;
}

export interface NewExchange {
  authorId: string;
  kind: ExchangeKind;
  occurredOn: string;
  themes: string[];
  note: string | null;
  goalId: string | null;
  memberIds: string[];
  organisationIds: string[];
}

export interface ExchangeRepository {
  create(networkId: string, exchange: NewExchange): Promise<{ id: string }>;
  count(networkId: string): Promise<number>;
}

export interface GoalRepository {
  create(
    networkId: string,
    goal: {
      title: string;
      description: string | null;
      indicator: string | null;
      status: GoalStatus;
      authorId: string;
    },
  ): Promise<Goal>;
  list(networkId: string): Promise<Goal[]>;
}

export interface Repositories {
  networks: NetworkRepository;
  members: MemberRepository;
  organisations: OrganisationRepository;
  exchanges: ExchangeRepository;
  goals: GoalRepository;
}

/** Runs `work` in one transaction, committed only if it returns ok: a failure changes nothing. */
export interface Store {
  transaction<T, E>(work: (repos: Repositories) => Promise<Result<T, E>>): Promise<Result<T, E>>;
}

/** What a platform adapter can do for the core after a command has been committed. */
export interface PlatformPort {
  sendDirect(member: Member, message: Message, locale: Locale): Promise<void>;
}
