// The short per-network numbers people type for goals, polls and exchanges: `3`, `#3`, `n°3`.
import { fold } from '../text/fold.ts';
import type { Token } from './tokenize.ts';

export function readRef(written: string): number | undefined {
  const match = /^(?:#|n°|no)?(\d{1,12})$/.exec(fold(written));
  return match ? Number(match[1]) : undefined;
}

export function refOf(token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? readRef(token.text) : undefined;
}
