/**
 * Word lists of the six languages kept as plain text, one word per line (data/sources/<folder>/<lang>.txt), read
 * once per folder and folded to the letters a label can hold ("mayoría" -> "mayoria"), so a name's pieces and a
 * request's words are looked up in the same form.
 */
import { readFileSync } from "node:fs";
import { sourcePath } from "../core/index.js";
import { fold } from "../lexicon/index.js";

export const LIST_LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
export type ListLanguage = (typeof LIST_LANGUAGES)[number];

/** A word in the form the lists keep: lower case, accents folded, letters a-z only. */
export function listForm(word: string): string {
  return fold(word.trim().toLowerCase()).replace(/[^a-z]/g, "");
}

const loaded = new Map<string, Map<ListLanguage, Set<string>>>();

/** The lists of `folder` by language (words of 3+ letters); a missing file is an empty list. */
export function wordLists(folder: string): Map<ListLanguage, Set<string>> {
  let lists = loaded.get(folder);
  if (lists) return lists;
  lists = new Map();
  for (const lang of LIST_LANGUAGES) {
    let text = "";
    try {
      text = readFileSync(sourcePath(folder, `${lang}.txt`), "utf8");
    } catch {
      // An installation without a list has nothing to look up in that language.
    }
    lists.set(
      lang,
      new Set(
        text
          .split("\n")
          // "# u3": a writer's section of the list begins (authorship, not a word).
          .filter((l) => !l.startsWith("#"))
          .map(listForm)
          .filter((w) => w.length >= 3),
      ),
    );
  }
  loaded.set(folder, lists);
  return lists;
}
