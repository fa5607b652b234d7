// Where a text may be cut at a length limit: never between the two halves of a
// character outside the BMP (an emoji, 𝔘…), which would leave a lone surrogate that
// shows as � or that a platform refuses.

/** `at`, or one before it when cutting there would split a surrogate pair. */
export function cutPoint(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? at - 1 : at;
}
