// `source.matchAll(pattern)` copies its pattern at every call, and V8 then looks the copy's source
// up in its cache: for the guard's long patterns that costs far more than the search itself. This
// runs the global pattern in place and collects every match at once (so no caller can see another's
// lastIndex).

export function allMatches(pattern: RegExp, source: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    matches.push(match);
  }
  return matches;
}
