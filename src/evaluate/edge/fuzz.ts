/**
 * Mutation fuzzing of real descriptions: each case applies 1-3 random edits that real input shows
 * (typos, lost or doubled words, case changes, invisible or exotic characters, markup, truncation,
 * emoji, constraint phrases). Seeded, so a failing case can be reproduced from its id.
 */
import { MAX_DESCRIPTION_LENGTH } from "../../understand/index.js";
import { seededRandom, type Random } from "../stats/index.js";
import type { EdgeCase } from "./types.js";

const EXOTIC = [
  "\u200b",
  "\u200d",
  "\u202e",
  "\u00ad",
  "\ufeff",
  "\u0301",
  "\u00a0",
  "\t",
  "\n",
  "🍕",
  "🇫🇷",
  "ß",
  "İ",
  "ﬁ",
  "Ⅻ",
  "𝔟",
  "＠",
  "‼",
  "\\",
  '"',
  "<",
  "&amp;",
  "%s",
  "${x}",
  "\u0000",
];
const CONSTRAINTS = [
  " Short names only.",
  " No hyphens please.",
  " .io only",
  " Max 6 letters.",
  " Must include the word sun.",
  " sin números",
  " nur .de",
  " pas de tirets",
];

type Mutation = { name: string; apply: (s: string, r: Random) => string };

const pick = <T>(xs: readonly T[], r: Random): T => xs[Math.floor(r() * xs.length)];
const pos = (s: string, r: Random): number => Math.floor(r() * (s.length + 1));

const MUTATIONS: Mutation[] = [
  {
    name: "delete-char",
    apply: (s, r) => (s.length ? ((i) => s.slice(0, i) + s.slice(i + 1))(Math.floor(r() * s.length)) : s),
  },
  {
    name: "swap-chars",
    apply: (s, r) =>
      s.length > 1 ? ((i) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))(Math.floor(r() * (s.length - 1))) : s,
  },
  { name: "insert-exotic", apply: (s, r) => ((i) => s.slice(0, i) + pick(EXOTIC, r) + s.slice(i))(pos(s, r)) },
  {
    name: "duplicate-word",
    apply: (s, r) =>
      ((w) => (w.length ? ((i) => [...w.slice(0, i + 1), ...w.slice(i)].join(" "))(Math.floor(r() * w.length)) : s))(
        s.split(" "),
      ),
  },
  {
    name: "drop-word",
    apply: (s, r) =>
      ((w) =>
        w.length > 1 ? ((i) => [...w.slice(0, i), ...w.slice(i + 1)].join(" "))(Math.floor(r() * w.length)) : s)(
        s.split(" "),
      ),
  },
  { name: "upper", apply: (s) => s.toUpperCase() },
  { name: "lower", apply: (s) => s.toLowerCase() },
  { name: "truncate", apply: (s, r) => s.slice(0, Math.max(1, Math.floor(s.length * (0.2 + 0.6 * r())))) },
  {
    name: "markup",
    apply: (s, r) => pick([`<b>${s}</b>`, `**${s}**`, `# ${s}`, `> ${s}`, `- ${s.replace(/, /g, "\n- ")}`], r),
  },
  {
    name: "repeat-word-10",
    apply: (s, r) => ((w) => `${s} ${Array.from({ length: 10 }, () => w).join(" ")}`)(pick(s.split(" "), r)),
  },
  { name: "underscores", apply: (s) => s.replace(/ /g, "_") },
  { name: "constraint", apply: (s, r) => s + pick(CONSTRAINTS, r) },
  { name: "emoji-suffix", apply: (s, r) => s + " " + pick(["🔥🔥🔥", "✨", "😀😀", "🍕", "❤️"], r) },
  { name: "quote-wrap", apply: (s) => `"${s}"` },
];

export function fuzzCases(seeds: readonly string[], count: number, seed = 7): EdgeCase[] {
  const rand = seededRandom(seed);
  const out: EdgeCase[] = [];
  if (seeds.length === 0) return out;
  for (let i = 0; i < count; i++) {
    let s = pick(seeds, rand);
    const applied: string[] = [];
    const k = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < k; j++) {
      const m = pick(MUTATIONS, rand);
      s = m.apply(s, rand);
      applied.push(m.name);
    }
    // A mutation can push the text over the length limit or add a NUL byte (the pipeline rejects that as
    // binary input, a defensible choice): rejection is an acceptable answer there.
    const rejectOk = s.length > MAX_DESCRIPTION_LENGTH || s.includes("\u0000");
    const expect = {
      emptyOk: applied.includes("truncate") || applied.includes("constraint"),
      ...(rejectOk ? { rejectOk } : {}),
    };
    out.push({ id: `fuzz-${seed}-${i + 1}`, category: "fuzz", note: applied.join("+"), input: s, expect });
  }
  return out;
}
