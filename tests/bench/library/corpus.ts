// Synthetic news copy for the library bench: a Zipf-distributed vocabulary whose head is real
// English newsroom words and whose tail is pronounceable made-up words, seeded and repeatable.

const HEAD = `the of and to a in that is was for on with as by at from he it said his be an are have has but not they
were this had who been their more after which will one would about new also its year two than people when
first over into last government president minister police state city week time years could some other
election party country officials told report security court house percent million public health new federal
council vote campaign economy market company workers union school children family women local national
budget war troops border peace talks deal agreement leader opposition parliament senate congress law bill
tax prices inflation energy oil gas climate weather storm flood fire water housing rent hospital doctors
patients vaccine study research university students teachers football match season team coach players
club league final cup win lost goal record fans stadium music film festival museum artist book author
award prize media news press journalist interview statement spokesman announced according sources
investigation trial judge jury prison sentence crime arrest charges victims attack killed injured army
military defence navy missile drone ceasefire refugees aid humanitarian crisis protest strike rally
march capital region village rural urban bridge road rail airport transport traffic minister mayor
governor candidate poll survey voters turnout result count recount ballot coalition reform policy`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'en', 'dil', 'sar', 'po', 'qui', 'ber', 'nat', 'ol', 'us', 'tra', 'gen', 'fal', 'mor', 'zi', 'che', 'an', 'ric', 'del'];

/** Small fast seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function vocabulary(size: number): string[] {
  const words = [...new Set(HEAD)];
  const random = rng(7);
  const seen = new Set(words);
  while (words.length < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** Draws word ranks from a Zipf(s≈1) distribution through a precomputed cumulative table. */
export function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / (i + 1);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
