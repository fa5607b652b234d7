// The terminal adapter: the same core as Slack and Discord, one line at a time.
// Interactive on a terminal (prompt, colours, demo offer); on piped input it runs each
// line in order, prints each reply on standard output and exits at end of input. A private
// file (`mes-donnees`) is written under DATA_DIR/exports and its path printed; a message's
// picture (the digest's map) under DATA_DIR/pictures, its path printed with its alt text.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  type AnyPrivateFile,
  type Bilingual,
  type Core,
  DEMO_SPACE_ID,
  type DemoSeeder,
  fold,
  type Locale,
  localized,
  type Message,
  memberMessages,
  type Params,
  type Publisher,
  privateFiles,
  shellIdentity,
  type Token,
  t,
  tokenize,
  tokenText,
  type Visitor,
} from '../../src/core/public.ts';
import { shellMessages as sm } from './messages.ts';
import { renderInline, renderMessage } from './render-text.ts';
import { EXPORTS_DIR, PICTURES_DIR, saveExport, savePicture } from './save-file.ts';

export const LOCAL_SPACE_ID = 'local';
const LOCAL_USER_ID = 'local-user';
const QUIT = ['quitter', 'quit', 'exit', 'sortir'];
const LEAVE_DEMO = ['sortir', 'exit', 'quitter', 'quit', 'local'];

export interface ShellOptions {
  core: Core;
  /** Fills the demo network (`demo`). */
  demo: DemoSeeder;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** The local user's name (defaults to the system account's). */
  localName?: string;
  /** Runs after each line (the scheduler's tick, so that due work prints in order). */
  afterLine?: () => Promise<void>;
  /** DATA_DIR: private files (`mes-donnees`) are written under its `exports/`, pictures under `pictures/`. */
  dataDir?: string;
}

interface ShellState {
  spaceId: string;
  /** null: the local user (a facilitator); otherwise the name given to `as`. */
  actingAs: string | null;
}

function defaultLocalName(): string {
  const name = userInfo().username;
  return !name || name === 'root' ? 'Facilitateur local' : name.charAt(0).toUpperCase() + name.slice(1);
}

export async function runShell(options: ShellOptions): Promise<void> {
  const { core, output, interactive } = options;
  const localName = options.localName ?? defaultLocalName();
  const state: ShellState = { spaceId: LOCAL_SPACE_ID, actingAs: null };
  // The shell's own lines use the same markup as core messages (`code`, **bold**).
  const print = (line: string) => output.write(`${renderInline(line, interactive)}\n`);

  const visitor = (): Visitor => ({
    platform: 'shell',
    space: { externalId: state.spaceId, name: state.spaceId === DEMO_SPACE_ID ? 'Démo' : null },
    user:
      state.actingAs === null
        ? { externalId: LOCAL_USER_ID, displayName: localName, isPlatformAdmin: true }
        : { externalId: shellIdentity(state.actingAs), displayName: state.actingAs, isPlatformAdmin: false },
  });

  // On a terminal, readline owns the output (prompt, line editing, history); piped, it only reads.
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, terminal: true, prompt: 'coop> ' } : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  // Created now, before any await, so that piped lines arriving meanwhile are buffered.
  const pending = lines[Symbol.asyncIterator]();
  const first = await core.enter(visitor());
  if (interactive) {
    print(t(first.locale, 'shell.welcome', { network: first.network.name, member: first.actor.displayName }));
    if (first.firstVisit && (await ask(lines, t(first.locale, 'shell.demo-offer')))) {
      await enterDemo(options.demo, core, state, visitor, print);
    }
  }

  const prompt = () => interactive && lines.prompt();
  prompt();
  for (let next = await pending.next(); !next.done; next = await pending.next()) {
    const keepGoing = await runLine(next.value, {
      core,
      demo: options.demo,
      state,
      visitor,
      print,
      colour: interactive,
      dataDir: options.dataDir,
    });
    if (!keepGoing) break;
    await options.afterLine?.();
    prompt();
  }
  lines.close();
}

interface LineContext {
  core: Core;
  demo: DemoSeeder;
  state: ShellState;
  visitor: () => Visitor;
  print: (line: string) => void;
  colour: boolean;
  dataDir: string | undefined;
}

/** Runs one line; returns false when the user asked to quit. */
async function runLine(line: string, c: LineContext): Promise<boolean> {
  // What follows `/coop` is typed here; a line copied with its `/coop` works all the same.
  const input = line.trim().replace(/^\/coop(\s+|$)/i, '');
  if (input === '' || input.startsWith('#')) return true;
  const tokens = tokenize(input);
  const words = tokens.ok ? tokens.value : [];
  const head = words[0] ? fold(tokenText(words[0])) : '';
  const locale = () => c.core.enter(c.visitor()).then((e) => e.locale);

  if (QUIT.includes(head) && words.length === 1) {
    if (c.colour) c.print(t(await locale(), 'shell.bye'));
    return false;
  }
  if (head === 'as') {
    await actAs(words.slice(1), c, await locale());
    return true;
  }
  if (head === 'demo') {
    await demo(words.slice(1), c, await locale());
    return true;
  }
  const reply = await c.core.handle({ ...c.visitor(), channelId: 'shell', text: input });
  for (const message of reply.messages) {
    c.print(renderMessage(message, reply.locale, c.colour));
    if (message.visibility === 'private')
      for (const file of privateFiles(message)) c.print(await savedFile(file, c.dataDir, reply.locale));
    if (message.picture) c.print(await savedPicture(message.picture, c.dataDir, reply.locale));
  }
  // In a terminal everyone shares one screen: private messages to others are shown, marked.
  for (const note of reply.notifications) {
    c.print(t(reply.locale, 'shell.private-to', { member: note.memberName }));
    c.print(renderMessage(note.message, note.locale, c.colour));
  }
  if (reply.messages.some((message) => message.erased)) return afterErasure(c, reply.locale);
  return true;
}

/**
 * Whoever was just erased is not brought back from the shell's memory: after an `as`
 * member, the shell is the local user again; after the local user, the session ends.
 */
async function afterErasure(c: LineContext, locale: Locale): Promise<boolean> {
  if (c.state.actingAs === null) {
    c.print(localized(locale, sm.erasedSelf));
    return false;
  }
  c.state.actingAs = null;
  const entered = await c.core.enter(c.visitor());
  c.print(t(entered.locale, 'shell.as-back', { member: entered.actor.displayName }));
  return true;
}

/** Writes a private file under DATA_DIR/exports; says where, or why not (never a stack). */
async function savedFile(file: AnyPrivateFile, dataDir: string | undefined, locale: Locale): Promise<string> {
  if (dataDir === undefined) return localized(locale, sm.noDataDir);
  try {
    return localized(locale, sm.fileSaved, { path: await saveExport(dataDir, file) });
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'error');
    return localized(locale, sm.fileFailed, { dir: resolve(dataDir, EXPORTS_DIR), code });
  }
}

/** Writes a message's picture under DATA_DIR/pictures; says where and what it shows, or why not. */
async function savedPicture(
  picture: NonNullable<Message['picture']>,
  dataDir: string | undefined,
  locale: Locale,
): Promise<string> {
  const alt = picture.alt;
  if (dataDir === undefined) return localized(locale, sm.pictureNoDataDir, { alt });
  try {
    return localized(locale, sm.pictureSaved, { path: await savePicture(dataDir, picture), alt });
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'error');
    return localized(locale, sm.pictureFailed, { dir: resolve(dataDir, PICTURES_DIR), code, alt });
  }
}

/**
 * `as NAME`: an existing member by exact name, else by a first name only one member has
 * (never a near spelling: `as` changes who acts); a new member only when nobody matches. A
 * name several members fit lists them and changes nothing.
 */
async function actAs(rest: readonly Token[], c: LineContext, locale: Locale): Promise<void> {
  const name = rest
    .map((token) => (token.kind === 'mention' ? token.label : tokenText(token)))
    .join(' ')
    .trim();
  if (name.length > 80) {
    c.print(t(locale, 'shell.as-error'));
    return;
  }
  let actingAs: string | null = name === '' ? null : name;
  const found = actingAs === null ? undefined : await c.core.findMember(c.visitor(), name);
  if (found?.kind === 'several') {
    const { candidates, example } = found;
    return unchanged(c, locale, memberMessages.asAmbiguous, { name, candidates, example });
  }
  if (found?.kind === 'one') {
    const known = shellActor(found.externalId);
    if (known === undefined)
      return unchanged(c, locale, memberMessages.asElsewhere, { name: found.member.displayName });
    actingAs = known;
  }
  c.state.actingAs = actingAs;
  const entered = await c.core.enter(c.visitor());
  const key = actingAs === null ? 'shell.as-back' : 'shell.as';
  c.print(t(entered.locale, key, { member: entered.actor.displayName }));
}

/**
 * What `state.actingAs` holds to act as the member behind a user id of the shell: null for
 * the local user, the name of a `name:…` identity (shellIdentity); undefined for none.
 */
function shellActor(externalId: string | undefined): string | null | undefined {
  if (externalId === LOCAL_USER_ID) return null;
  return externalId?.startsWith('name:') ? externalId.slice('name:'.length) : undefined;
}

/** `as` changed nothing: why, and who still acts. */
async function unchanged(c: LineContext, locale: Locale, message: Bilingual, params: Params): Promise<void> {
  const { actor } = await c.core.enter(c.visitor());
  c.print(localized(locale, message, { ...params, member: actor.displayName }));
}

async function demo(rest: readonly Token[], c: LineContext, locale: Locale): Promise<void> {
  const word = rest[0] ? fold(tokenText(rest[0])) : '';
  if (word === '') return enterDemo(c.demo, c.core, c.state, c.visitor, c.print);
  if (!LEAVE_DEMO.includes(word) || rest.length > 1) {
    c.print(t(locale, 'shell.demo-error'));
    return;
  }
  c.state.spaceId = LOCAL_SPACE_ID;
  c.state.actingAs = null;
  const entered = await c.core.enter(c.visitor());
  c.print(t(entered.locale, 'shell.demo-left', { network: entered.network.name }));
}

async function enterDemo(
  demo: DemoSeeder,
  core: Core,
  state: ShellState,
  visitor: () => Visitor,
  print: (line: string) => void,
): Promise<void> {
  state.spaceId = DEMO_SPACE_ID;
  state.actingAs = null;
  const summary = await demo.seed(visitor());
  const entered = await core.enter(visitor());
  const created = entered.firstVisit || summary.created;
  print(
    t(entered.locale, created ? 'shell.demo-created' : 'shell.demo-entered', {
      organisations: summary.organisations,
      members: summary.members,
      exchanges: summary.exchanges,
      member: entered.actor.displayName,
    }),
  );
}

function ask(lines: ReturnType<typeof createInterface>, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    lines.question(question, (answer) => resolve(/^(o|oui|y|yes)$/i.test(answer.trim())));
  });
}

/** A shell identity (`name:samia benali`) as a name to print (`Samia Benali`). */
function shellName(userId: string, localName: string): string {
  if (userId === LOCAL_USER_ID) return localName;
  return userId
    .replace(/^name:/, '')
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Scheduled posts (poll results, the digest…) in a terminal: printed like any reply, a
 * picture saved under DATA_DIR/pictures. Printed lines cannot be edited: no `edit` and no
 * ref, so the core never reads a poll again to show it.
 */
export function shellPublisher(
  output: Writable,
  colour: boolean,
  localName = defaultLocalName(),
  dataDir?: string,
): Publisher {
  return {
    async post(_space, _channelId, message, locale) {
      output.write(`${renderMessage(message, locale, colour)}\n`);
      if (message.picture) output.write(`${await savedPicture(message.picture, dataDir, locale)}\n`);
      return { ok: true };
    },
    async direct(_space, userId, message, locale) {
      output.write(
        `${renderInline(t(locale, 'shell.private-to', { member: shellName(userId, localName) }), colour)}\n`,
      );
      output.write(`${renderMessage(message, locale, colour)}\n`);
      return { ok: true };
    },
  };
}
