// The parts of the suite, in the order they run. To add one: write bench/parts/<name>.ts
// exporting a BenchPart (see framework/part.ts and bench/README.md) and list it here.
import type { BenchPart } from '../framework/part.ts';
import { digestPart } from './digest.ts';
import { digestMapPart } from './digest-map.ts';
import { directorySearchPart } from './directory-search.ts';
import { discordPathPart } from './discord-path.ts';
import { embeddedDurabilityPart } from './embedded-durability.ts';
import { footprintPart } from './footprint.ts';
import { guardPart } from './guard.ts';
import { pairingPart } from './pairing.ts';
import { pollClosePart } from './poll-close.ts';
import { schedulerIdlePart } from './scheduler-idle.ts';
import { slackPathPart } from './slack-path.ts';
import { voteBurstPart } from './vote-burst.ts';
import { webPart } from './web.ts';

export const parts: BenchPart[] = [
  slackPathPart,
  voteBurstPart,
  discordPathPart,
  digestPart,
  digestMapPart,
  pairingPart,
  footprintPart,
  embeddedDurabilityPart,
  guardPart,
  pollClosePart,
  directorySearchPart,
  schedulerIdlePart,
  webPart,
];
