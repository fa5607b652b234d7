// Deterministic randomness for the café coopération: the same seed string always gives the same
// sequence, so a round's pairings can be recomputed and tested. xmur3 hashes the seed, sfc32 draws.

export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

export function seededRandom(seed: string): SeededRandom {
  const hash = xmur3(seed);
  let a = hash();
  let b = hash();
  let c = hash();
  let d = hash();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // The first outputs of sfc32 still show the seed's structure.
  for (let i = 0; i < 12; i += 1) next();
  return { next, int: (n) => Math.floor(next() * n) };
}

/** Fisher–Yates, in place. */
export function shuffleInPlace<T>(list: T[], random: SeededRandom): void {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    const held = list[i] as T;
    list[i] = list[j] as T;
    list[j] = held;
  }
}
