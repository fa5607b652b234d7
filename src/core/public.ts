// The core's public face: everything an adapter may use from the core, in one module.
// Adapters import from here only (test/import-graph.test.ts), so that the core's files can
// move and split without touching them.

export type { Token } from './args/tokenize.ts';
export { tokenize, tokenText } from './args/tokenize.ts';
export type { CommandDescription } from './commands/describe-commands.ts';
export { describeCommands, verbNameOf } from './commands/describe-commands.ts';
export type {
  Core,
  FormReply,
  IncomingCommand,
  Reply,
  RequestParts,
  TypedCommand,
  Visitor,
} from './core.ts';
export type { DemoSeeder } from './demo/demo-seeder.ts';
export { DEMO_SPACE_ID, shellIdentity } from './demo/seed-demo.ts';
export { WEB_ASSETS } from './digest/web/web-assets.ts';
export { WEB_ASSETS_PATH, WEB_PATH } from './digest/web/web-paths.ts';
export type { WebPages } from './digest/web/web-serve.ts';
export { PlatformError, summariseError } from './errors.ts';
export type { FormId, FormSpec } from './forms/forms.ts';
export { FORM_IDS } from './forms/forms.ts';
export type { GivenValue, GivenValues } from './grammar/check-args.ts';
export type { ArgSpec, ArgType, FormRoute, MemberRef, Names, TypedList, VerbSpec } from './grammar/spec.ts';
export type { Bilingual, Params } from './i18n/index.ts';
export { defineMessages, joinList, localized, t } from './i18n/index.ts';
export type { Locale } from './locale.ts';
export { localeFrom } from './locale.ts';
export { memberMessages } from './members/messages.ts';
export type { AnyPrivateFile, Block, Button, Choice, Message, PollAnchor, PrivateFile } from './message.ts';
export { context, fileBytes, messageText, privateFiles, privateMessage, text } from './message.ts';
export type { Platform } from './model.ts';
export type { Logger, PostOutcome, Publisher, WebHost } from './ports.ts';
export type { Result } from './result.ts';
export { err, ok } from './result.ts';
export type { SuggestionKind } from './suggest.ts';
export { cutPoint } from './text/cut-point.ts';
export { fold } from './text/fold.ts';
