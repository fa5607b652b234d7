// Text as PostgreSQL can store it. A NUL character is refused by every PostgreSQL text
// column; a UTF-16 surrogate without its pair (which a platform's JSON may carry as
// `\ud800`) has no UTF-8 form: PGlite refuses the query, and a jsonb column refuses the
// escape on any server. Both become U+FFFD, as TextEncoder writes a lone surrogate.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL refuses.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storable(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}
