// Hand-written fakes of the core's own ports: a controllable clock and a logger that
// records what it was given (so tests can check that logs never carry user text).

import type { Database } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { commands } from '../../src/core/commands/index.ts';
import { type Core, createCore, type IncomingCommand } from '../../src/core/core.ts';
import { createDemoSeeder, type DemoSeeder } from '../../src/core/demo/demo-seeder.ts';
import { messageText } from '../../src/core/message.ts';
import type { Clock, Logger } from '../../src/core/ports.ts';

export class FakeClock implements Clock {
  constructor(public current = new Date('2026-11-20T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface LogEntry {
  level: string;
  context: object;
  message: string;
}

export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  debug(context: object, message: string) {
    this.entries.push({ level: 'debug', context, message });
  }
  info(context: object, message: string) {
    this.entries.push({ level: 'info', context, message });
  }
  warn(context: object, message: string) {
    this.entries.push({ level: 'warn', context, message });
  }
  error(context: object, message: string) {
    this.entries.push({ level: 'error', context, message });
  }
}

export function testCore(db: Database, clock = new FakeClock(), logger = new RecordingLogger()): Core {
  return createCore({
    store: createStore(db),
    clock,
    logger,
    commands,
    secret: 'test-secret-of-at-least-thirty-two-characters',
    defaults: { name: 'Réseau test', locale: 'fr', timeZone: 'Europe/Paris', digestCron: '0 9 * * 1' },
  });
}

/** The demo seeder the composition root hands the shell, over the same database and clock as `core`. */
export function testDemo(db: Database, core: Core, clock: Clock = new FakeClock()): DemoSeeder {
  return createDemoSeeder({ core, store: createStore(db), clock });
}

/** What the shell adapter runs on: the core, and the demo seeder beside it. */
export interface ShellServices {
  core: Core;
  demo: DemoSeeder;
}

export function testShell(
  db: Database,
  clock = new FakeClock(),
  logger = new RecordingLogger(),
): ShellServices {
  const core = testCore(db, clock, logger);
  return { core, demo: testDemo(db, core, clock) };
}

let counter = 0;
/** A fresh space (hence a fresh network) per call, so tests never see each other's rows. */
export function newSpace(platform: IncomingCommand['platform'] = 'shell') {
  counter += 1;
  return { platform, space: { externalId: `space-${process.pid}-${Date.now()}-${counter}`, name: null } };
}

/** Sends `text` as `user` in `where` and returns the reply's plain text. */
export async function say(
  core: Core,
  where: ReturnType<typeof newSpace>,
  text: string,
  user: Partial<IncomingCommand['user']> = {},
) {
  const reply = await core.handle({
    ...where,
    user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true, ...user },
    channelId: 'c1',
    text,
  });
  return { ...reply, text: reply.messages.map(messageText).join('\n') };
}
