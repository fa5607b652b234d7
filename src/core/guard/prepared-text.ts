// Detectors match on a normalised copy of the input: NFC, one kind of space, apostrophe and dash, and a
// lower-case accentless twin of the same length. Offsets are mapped back so that findings point into
// the text the member typed, whatever invisible or decomposed characters it contained.

export interface PreparedText {
  readonly original: string;
  /** NFC, spaces/apostrophes/dashes unified, zero-width characters removed; case and accents kept. */
  readonly text: string;
  /** Same length as `text`, one code unit for one: lower case, accents stripped. */
  readonly folded: string;
  /**
   * The whole text is in one case ("tout en minuscules à 19h", or shouted in capitals): capital letters
   * then say nothing about names, acronyms or street names.
   */
  readonly singleCase: boolean;
  /** Offset in `original` of the character at `index` in `text`. */
  originalStart(index: number): number;
  /** Offset in `original` just after the character before `index` in `text` (an exclusive end). */
  originalEnd(index: number): number;
}

// Slack and Word insert U+00A0/U+202F before « : » and in numbers; people paste tabs.
const SPACE_LIKE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Invisible characters would split "06\u200b12…" and hide a number from every pattern.
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORABLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const COMBINING_MARKS = /\p{M}+/uy;
const NOT_PLAIN_ASCII = /[^\t\n\r\u0020-\u007e]/;

const unify = (value: string): string =>
  value.replace(SPACE_LIKE, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-');

const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    const lower = (char.normalize('NFD')[0] ?? char).toLowerCase();
    folded = lower.length === 1 ? lower : char;
    foldCache.set(char, folded);
  }
  return folded;
}

function foldSameLength(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charAt(i);
    folded += unit < '\u0080' ? unit.toLowerCase() : foldChar(unit);
  }
  return folded;
}

const isSingleCase = (text: string): boolean => !/\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text);

// Classes rather than objects of closures: the checks run tens of thousands of times a second, and
// a closure per call (with its name kept by the dev loader) showed in the profile.
class SameLengthText implements PreparedText {
  readonly singleCase: boolean;
  constructor(
    readonly original: string,
    readonly text: string,
    readonly folded = foldSameLength(text),
  ) {
    this.singleCase = isSingleCase(text);
  }
  originalStart(index: number): number {
    return Math.min(index, this.original.length);
  }
  originalEnd(index: number): number {
    return Math.min(index, this.original.length);
  }
}

class MappedText implements PreparedText {
  readonly singleCase: boolean;
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
    readonly folded = foldSameLength(text),
  ) {
    this.singleCase = isSingleCase(text);
  }
  originalStart(i: number): number {
    return i < this.starts.length ? (this.starts[i] ?? this.original.length) : this.original.length;
  }
  originalEnd(i: number): number {
    return i <= 0 ? 0 : (this.ends[Math.min(i, this.ends.length) - 1] ?? this.original.length);
  }
}

/** Walks the input one base character (plus its combining marks) at a time, recording where each came from. */
function mapped(original: string): PreparedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let index = 0;
  while (index < original.length) {
    let next = index + ((original.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
    COMBINING_MARKS.lastIndex = next;
    const marks = COMBINING_MARKS.exec(original);
    if (marks) next += marks[0].length;
    const group = original.slice(index, next);
    const normalised = IGNORABLE.test(group)
      ? group.replace(IGNORABLE_ALL, '')
      : unify(group.normalize('NFC'));
    for (const unit of normalised.split('')) {
      text += unit;
      starts.push(index);
      ends.push(next);
    }
    index = next;
  }
  return new MappedText(original, text, starts, ends);
}

export function prepareText(original: string): PreparedText {
  if (!NOT_PLAIN_ASCII.test(original)) return new SameLengthText(original, original.replace(/\t/g, ' '));
  // Common case for French: precomposed accents and typographic spaces keep the length unchanged.
  if (!IGNORABLE.test(original) && original.normalize('NFC') === original) {
    return new SameLengthText(original, unify(original));
  }
  return mapped(original);
}

/** The same text with another folded twin of the same length (digits for look-alike letters). */
export function withFolded(prepared: PreparedText, folded: string): PreparedText {
  return {
    original: prepared.original,
    text: prepared.text,
    folded,
    singleCase: prepared.singleCase,
    originalStart: (index) => prepared.originalStart(index),
    originalEnd: (index) => prepared.originalEnd(index),
  };
}
