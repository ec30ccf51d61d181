/**
 * Word-formation operations on ASCII-folded lower-case words: syllable boundaries, clipping, blends
 * (portmanteaus) and rhyme/alliteration tests. The syllabifier is the orthographic onset-maximisation rule:
 * a boundary falls before the last consonant of an inter-vowel consonant cluster (ba-ker, cof-fee, gar-den),
 * which is close enough for choosing blend and clip points in all six languages.
 */

const VOWEL = /[aeiouy]/;

export function isVowel(ch: string): boolean {
  return VOWEL.test(ch);
}

/** Indices where a new syllable starts (always includes 0). */
export function syllableStarts(word: string): number[] {
  const starts = [0];
  let i = 0;
  // Skip the first onset and nucleus.
  while (i < word.length && !isVowel(word[i])) i++;
  while (i < word.length) {
    while (i < word.length && isVowel(word[i])) i++;
    const clusterStart = i;
    while (i < word.length && !isVowel(word[i])) i++;
    if (i >= word.length) break; // final coda: no new syllable
    const cluster = i - clusterStart;
    // One consonant goes to the next syllable (ba-ker); of two or more, the last one does (cof-fee, gar-den),
    // except common onsets (br, cr, dr, fr, gr, pr, tr, bl, cl, fl, gl, pl, ch, sh, th, ph, qu) which stay together.
    let boundary = i - 1;
    if (cluster >= 2 && /^(?:[bcdfgkpt][rl]|ch|sh|th|ph|qu|wh)$/.test(word.slice(i - 2, i))) boundary = i - 2;
    if (cluster === 0) boundary = clusterStart;
    if (boundary > 0 && boundary > starts[starts.length - 1]) starts.push(boundary);
  }
  return starts;
}

export function syllables(word: string): string[] {
  const s = syllableStarts(word);
  return s.map((start, k) => word.slice(start, s[k + 1] ?? word.length));
}

/**
 * Clipped forms that keep the word recognisable: the first syllable plus the next onset ("organic" -> "org",
 * "orga"), the first two syllables ("bicycle" -> "bicy"). Only forms of 3+ letters shorter than the word.
 */
export function clips(word: string): string[] {
  const out = new Set<string>();
  const starts = syllableStarts(word);
  for (let k = 1; k < starts.length && k <= 2; k++) {
    const cut = starts[k];
    const withOnset = word.slice(0, cut + 1);
    const plain = word.slice(0, cut);
    for (const c of [plain, withOnset]) {
      // A clip ending in a doubled letter ("fahrr", "coff" is fine) reads as a typo.
      const doubledEnd = c.length >= 2 && c[c.length - 1] === c[c.length - 2] && !/[fls]/.test(c[c.length - 1]);
      if (c.length >= 3 && c.length <= word.length - 2 && !doubledEnd) out.add(c);
    }
  }
  return [...out];
}

/**
 * Blends of a and b: (1) overlap blends where a's end equals b's start ("brew"+"wellness" -> "brewellness"
 * needs 2+ shared letters: "coffee"+"feed" -> "coffeed"); (2) syllable blends: a's first syllable(s) + b from
 * one of its syllable starts ("bicycle"+"cycle" -> "bicycle" is skipped as identical).
 */
export function blends(a: string, b: string): string[] {
  const out = new Set<string>();
  for (let k = Math.min(a.length, b.length) - 1; k >= 2; k--) {
    if (a.endsWith(b.slice(0, k))) {
      out.add(a + b.slice(k));
      break;
    }
  }
  const aStarts = syllableStarts(a);
  const bStarts = syllableStarts(b);
  for (const ca of aStarts.slice(1)) {
    const head = a.slice(0, ca);
    if (head.length < 2) continue;
    for (const cb of bStarts) {
      const tail = b.slice(cb);
      if (tail.length < 3) continue;
      const blend = head + tail;
      // A blend must be shorter than the plain compound and keep part of each word.
      if (blend.length < a.length + b.length - 1 && blend !== a && blend !== b && blend.length >= 4) out.add(blend);
    }
  }
  return [...out];
}

/** Rhyme: same last vowel group and everything after it ("brew"/"crew", "bean"/"lean"). */
export function rhymeKey(word: string): string {
  const m = /[aeiouy]+[^aeiouy]*$/.exec(word);
  return m ? m[0] : word;
}

export function rhymes(a: string, b: string): boolean {
  return (
    a !== b &&
    a.length >= 3 &&
    b.length >= 3 &&
    rhymeKey(a) === rhymeKey(b) &&
    rhymeKey(a).length >= 2 &&
    !a.endsWith(b) &&
    !b.endsWith(a)
  );
}

export function alliterates(a: string, b: string): boolean {
  return (
    a !== b &&
    a[0] === b[0] &&
    (isVowel(a[0]) || a.slice(0, 2) === b.slice(0, 2) || !isVowel(a[1] ?? "") === !isVowel(b[1] ?? ""))
  );
}

/** Joins two parts, collapsing a tripled letter at the seam ("shopp"+"pro" -> "shoppro"). */
export function join(a: string, b: string): string {
  if (a.length >= 2 && a[a.length - 1] === b[0] && a[a.length - 2] === b[0]) return a + b.slice(1);
  return a + b;
}
