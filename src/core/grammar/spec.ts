// A command's grammar, declared once: its verbs and their typed arguments, with French and
// English names and help. From it come the text reader (what follows `/coop`, as the README
// writes it), the checks of typed values (from Discord's options or a form), the Discord
// application commands and the forms. Handlers receive typed values, never text to re-read.
import type { MessageRef } from '../commands/command.ts';
import type { FormId } from '../forms/forms.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { Platform } from '../model.ts';
import type { SuggestionKind } from '../suggest.ts';

/** [French, English, ...other accepted spellings], compared folded (no case, no accents). */
export type Names = readonly [string, string, ...string[]];

/** A member as the user named them: a platform mention, or a name to look up. */
export type MemberRef =
  | { kind: 'mention'; platform?: Platform; userId: string; name: string }
  | { kind: 'name'; name: string };

export interface Choice {
  /** What the handler receives. */
  value: string;
  names: Names;
}

/** What an argument holds, whatever it was given through. */
export type ArgType =
  /** Free text, stored or searched; `max` characters at most. */
  | { kind: 'text'; max: number }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'member' }
  | { kind: 'choice'; choices: readonly Choice[] }
  /** A word that is there or not (`public`, `multiple`). */
  | { kind: 'flag' };

/**
 * Where the text reader finds the argument among the words after the verb:
 * - `keyword`: after one of its names (`note "…"`, `but 3`); `run` takes the words up to
 *   the next keyword (`duree 48 h`), `one` a single word or quoted text, `span` every word
 *   and quoted text up to the next keyword (`indicateur "12" jeunes sur 20`); `alone`: also
 *   without its keyword, the first quoted text no position takes (`echange appel @Marie "…"`)
 *   or a word that names a day by itself (`hier`, `12/03`, `2027-03-12`);
 * - `position`: the next word or quoted text not claimed otherwise, in declared order
 *   (`quoted`: only a quoted text; `number`: only a number such as `12` or `#12`; `term`:
 *   a quoted text, or the words before the first quoted text, or else one word);
 * - `rest`: every word left, joined (`qui éducateur Cergy`); with `quotes: 'kept'`, quoted
 *   texts stay quoted in the value, for a handler that reads a list (`vote 4 "Lundi matin" 3`);
 *   for one member, the words left name them: a platform mention, or a name in words, with
 *   or without `@` (`@Marie Curie`, `marie curie`);
 * - `mention`: `@Name` and platform mentions;
 * - `hashtag`: `#word` words;
 * - `word`: one of its own words anywhere — a choice's names, a flag's names.
 */
export type Reading =
  | { by: 'keyword'; value: 'one' | 'run' | 'span'; alone?: 'quoted' | 'day' }
  | { by: 'position'; only?: 'quoted' | 'number' | 'term' }
  | { by: 'rest'; quotes?: 'kept' }
  | { by: 'mention' }
  | { by: 'hashtag' }
  | { by: 'word' };

export interface ArgMessages {
  /** When it is required and not given. */
  missing?: MessageRef;
  /** When it is given twice, or more than `many` times. */
  twice?: MessageRef;
  /** When its value is not of its type (a word for a number, an unknown choice). */
  invalid?: MessageRef;
  tooLong?: MessageRef;
}

/**
 * How a `many` argument arrives from a platform that gives one value per field (a Discord
 * option), typed requests only: `fields` fields of one value each (`membre`, `membre2`,
 * `membre3`, named after `names`), and/or one text field (`more`, or the argument itself)
 * that check-args.ts splits — by `;` or new lines (`semicolons`), commas (`commas`), or
 * as the text reader splits words, quotes kept together (`words`); members always by
 * commas, mentions also one after the other. Without it, the argument is one field
 * holding one value.
 */
export interface TypedList {
  fields?: number;
  names?: Names;
  split?: 'semicolons' | 'commas' | 'words';
  /** The text field after the `fields` ones (`autres`: more members, by name). */
  more?: { names: Names; help: Bilingual; max: number };
}

export interface ArgSpec {
  /** The handler's name for it, and the form field's. */
  key: string;
  /** Its keyword in the text, and its option name on Discord (French first). */
  names: Names;
  help: Bilingual;
  type: ArgType;
  read: Reading;
  required?: boolean;
  /** Given several times (`@a @b`, `#x #y`, the options of a poll): at most this many. */
  many?: number;
  messages?: ArgMessages;
  /** Suggestions while typing, where the platform has them. */
  suggest?: SuggestionKind;
  /** An example of its value, for messages that say what to type. */
  example?: string;
  /**
   * How the help writes its value, when its name in capitals would not say it well
   * (`"NOM DU RÉSEAU"`); and whether the help shows it as needed although the verb, not the
   * reader, says so when it is missing (with a message of its own).
   */
  shown?: { placeholder?: Bilingual; needed?: true };
  /** A `many` argument given as typed fields: see `TypedList`. */
  typedList?: TypedList;
}

/** The values of a verb's arguments, as its handler receives them. */
export type ArgValue = string | number | boolean | MemberRef | readonly string[] | readonly MemberRef[];
export type ArgValues = Readonly<Record<string, ArgValue | undefined>>;

/** A failure of reading or checking, about one argument when it is known. */
export interface GrammarFailure {
  arg?: string;
  key: MessageRef;
  params?: Record<string, string | number>;
}

export interface VerbSpec {
  /** The verb's words; none for the command's default verb (`sigle CCAS`, `qui logement`). */
  names?: Names;
  /**
   * `but 3 statut actif`: the verb comes after the number of what it acts on (this argument).
   * Without `names`, the verb takes a number followed by words that name no verb, so that
   * `but 3 couleur` is answered in the command's own words.
   */
  after?: string;
  /**
   * The verb is also what no word at all means (`sondage` alone lists), or a lone number
   * (`sondage 3` shows poll 3), without its own word.
   */
  also?: 'nothing' | 'number';
  /**
   * The verb's words must be all the words: followed by others, they are read by another verb
   * (`qui structures` lists the organisations, `qui structures Cergy` searches).
   */
  whole?: boolean;
  /** The verb's own message for words that fit none of its arguments (`{words}`). */
  stray?: MessageRef;
  /**
   * Words that only link or qualify the others, passed over outside quotes (`rythme 2
   * semaines`, `fusionner "A" dans "B"`).
   */
  skip?: readonly string[];
  /**
   * The verb's name where a platform names every verb (a Discord subcommand, a typed
   * request), for a verb without words of its own (`diagnostic` alone: `voir` / `preview`),
   * or whose first words would not suit there (`on` is `activer` / `on`).
   */
  slot?: Names;
  /**
   * `only`: the verb is for typed requests alone, the text reader passes it over
   * (`/coop profil metier:… territoire:…` gathers the profile's verbs in one);
   * `unlisted`: platforms that list verbs (Discord) do not offer it, a `typed: 'only'` verb
   * runs it instead (it is still read from text and found by name in typed requests).
   */
  typed?: 'only' | 'unlisted';
  /**
   * Typed values this verb hands to a form's submission instead of running (several profile
   * fields at once, in one transaction, as the profile form saves them). Undefined: the verb
   * runs (a request that stands for a form is answered with it: `Reply.form`).
   */
  viaForm?: (given: Readonly<Record<string, unknown>>) => FormRoute | undefined;
  args: readonly ArgSpec[];
  /** Short description (Discord's, 100 characters at most). */
  help: Bilingual;
}

export interface FormRoute {
  form: FormId;
  action: 'submit';
  /** The form's fields, by id, as submitted. */
  values: Record<string, string>;
}
