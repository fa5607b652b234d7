// Finds the time of day in a folded date expression ('vendredi a 18h30', 'tomorrow at 9am',
// '12/03 14:00') and separates it from the words that name the day.

export interface TimeOfDay {
  hour: number;
  minute: number;
}

const NAMED_TIMES: ReadonlyMap<string, TimeOfDay> = new Map([
  ['midi', { hour: 12, minute: 0 }],
  ['noon', { hour: 12, minute: 0 }],
  ['minuit', { hour: 0, minute: 0 }],
  ['midnight', { hour: 0, minute: 0 }],
]);

// Words that only introduce the time: 'à' (folded to 'a'), 'at', 'vers', 'around', '@'.
const CONNECTORS = new Set(['a', 'at', '@', 'vers', 'around']);

const H_TIME = /^(\d{1,2})h(\d{2})?$/; // 18h, 18h30 (French)
const COLON_TIME = /^(\d{1,2}):(\d{2})$/; // 18:30
const MERIDIEM_TIME = /^(\d{1,2})(?::(\d{2}))?([ap])\.?m\.?$/; // 6pm, 6:30pm, 6:30p.m.

/** Glues the spaced spellings '18 h 30' and '6:30 pm' into single words. */
export function glueTimeWords(text: string): string {
  return text
    .replace(/(\d) h(?= |$)/g, '$1h')
    .replace(/(\d)h (\d{2})(?= |$)/g, '$1h$2')
    .replace(/(\d) ([ap]\.?m\.?)(?= |$)/g, '$1$2');
}

/**
 * The time a single word spells; 'invalid' when it has the shape of a time but cannot be
 * one ('25h', '18:75', '13pm'), so that the whole date is refused rather than misread.
 */
export function readTime(word: string): TimeOfDay | 'invalid' | undefined {
  const named = NAMED_TIMES.get(word);
  if (named) return named;
  const h24 = H_TIME.exec(word) ?? COLON_TIME.exec(word);
  if (h24) return checked(Number(h24[1]), Number(h24[2] ?? 0));
  const h12 = MERIDIEM_TIME.exec(word);
  if (!h12) return undefined;
  const hour = Number(h12[1]);
  if (hour < 1 || hour > 12) return 'invalid';
  return checked((hour % 12) + (h12[3] === 'p' ? 12 : 0), Number(h12[2] ?? 0));
}

function checked(hour: number, minute: number): TimeOfDay | 'invalid' {
  return hour <= 23 && minute <= 59 ? { hour, minute } : 'invalid';
}

export interface SplitTime {
  dayWords: string[];
  time?: TimeOfDay;
}

/** Takes the time from the end ('demain 9h') or the start ('9h demain'); undefined if invalid. */
export function splitTime(words: readonly string[]): SplitTime | undefined {
  const last = words.length - 1;
  const atEnd = readTime(words[last] ?? '');
  if (atEnd === 'invalid') return undefined;
  if (atEnd) return { dayWords: dropConnector(words.slice(0, last), last - 1), time: atEnd };
  const first = CONNECTORS.has(words[0] ?? '') ? 1 : 0;
  const atStart = readTime(words[first] ?? '');
  if (atStart === 'invalid') return undefined;
  if (atStart) return { dayWords: words.slice(first + 1), time: atStart };
  return { dayWords: [...words] };
}

function dropConnector(words: string[], index: number): string[] {
  return CONNECTORS.has(words[index] ?? '') ? words.slice(0, index) : words;
}
