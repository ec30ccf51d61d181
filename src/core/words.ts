/** A set of the words of a space-separated list (lexicon constants written as one readable string). */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}
