/** A source of numbers in [0, 1): seeded, so that every run of the benchmark sees the same corpus. */
export type Rng = () => number

/** mulberry32: a small seeded generator with good enough spread for picking among choices. */
export function random(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T

export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))

/** True with probability `p`: how the generators decide whether a resource carries a problem. */
export const chance = (rng: Rng, p: number): boolean => rng() < p
