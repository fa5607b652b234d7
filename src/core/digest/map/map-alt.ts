// The map's alt text: what it shows, in figures, for whoever cannot see it. Organisations are
// not named (there may be 200), nor is anyone.
import { isOne, joinList, localized, type Params } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import type { MapInput } from './map-input.ts';
import { mapMessages } from './map-messages.ts';
import { typeColours } from './palette.ts';

type Key = keyof typeof mapMessages;
type Counted = 'alt-organisations' | 'alt-ties' | 'alt-new' | 'alt-isolated';

export function mapAlt(input: MapInput): string {
  const { locale } = input;
  const say = (key: Key, params?: Params) => localized(locale, mapMessages[key], params);
  if (input.nodes.length === 0) return say('alt-empty', { title: input.title });
  const counted = (stem: Counted, count: number) => say(`${stem}-${number(locale, count)}`, { count });
  const ids = new Set(input.nodes.map((n) => n.id));
  const edges = input.edges.filter((e) => e.first !== e.second && ids.has(e.first) && ids.has(e.second));
  const fresh = edges.filter((e) => e.isNew).length;
  const isolated = input.nodes.filter((n) => n.isolated).length;
  const ties = counted('alt-ties', edges.length);
  const types = typeColours(input.nodes, say('other-types')).map((type) =>
    say('alt-type', { type: type.label, count: type.count, colour: type.colourName }),
  );
  const parts = [
    [
      counted('alt-organisations', input.nodes.length),
      edges.length === 0
        ? ties
        : fresh === 0
          ? say('alt-ties-none-new', { ties })
          : say('alt-ties-new', { ties, fresh: counted('alt-new', fresh) }),
      isolated === 0 ? say('alt-isolated-none') : counted('alt-isolated', isolated),
    ].join(', '),
    say('alt-size'),
    say('alt-colours', { types: joinList(locale, types) }),
  ];
  // French puts a narrow no-break space before the semicolon.
  return `${say('alt-intro', { title: input.title })}${parts.join(locale === 'fr' ? '\u202f; ' : '; ')}.`;
}

const number = (locale: Locale, count: number): 'one' | 'many' => (isOne(locale, count) ? 'one' : 'many');
