/**
 * Reproducible generator of obfuscated/adversarial variants of labelled requests, the way people try
 * to slip past keyword filters: zero-width characters, full-width letters, homoglyphs, leetspeak,
 * spaced-out and stretched letters, emoji stand-ins, base64, an unsafe clause hidden inside an
 * otherwise benign description, and two of these mixed. Deterministic for a given seed (mulberry32).
 */

export const OBFUSCATIONS = [
  "zero_width",
  "fullwidth",
  "homoglyph",
  "leetspeak",
  "spaced",
  "repeated",
  "emoji",
  "base64",
  "hidden_clause",
  "mixed",
] as const;
export type ObfuscationKind = (typeof OBFUSCATIONS)[number];

export { mulberry32 } from "../../core/random.js";

const ZW = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"];
const HOMO: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  i: "і",
  s: "ѕ",
  j: "ј",
  h: "һ",
  k: "κ",
  n: "п",
  t: "τ",
  v: "ν",
  b: "Ь",
};
const LEET: Record<string, string> = { a: "4", e: "3", o: "0", i: "1", s: "5", t: "7" };
const LEET_ALT: Record<string, string> = { a: "@", s: "$", i: "!", o: "0", e: "3" };

/** Emoji a word can be replaced by, by the start of the (accent-free, lower-case) focus word. */
const EMOJI_FOR: [RegExp, string][] = [
  [/^(coca|coke|cocai|kokain|snow)/, "❄️"],
  [
    /^(pill|xanax|oxy|prescri|receta|ordonn|rezept|receita|ricetta|fentan|meth|crystal|lsd|ketamin|mdma|ecsta|heroin|eroina|drog)/,
    "💊",
  ],
  [/^(weed|marij|marih|macon|cannab)/, "🌿"],
  [/^(gun|arma|arme|waffe|armi|rifle|untrace|ghost|unregist|background)/, "🔫"],
  [/^(bomb|explos|sprengst|grenad)/, "💣"],
  [/^(porn|sex|nude|naked|xxx|erot|nack|desnud|nua|nue|hentai|escort|onlyfans)/, "🍆💦"],
  [/^(money|fake|counterf|falschg|laund|blanch|geldw)/, "💵"],
  [/^(kill|hitman|assassin|murder|sicari|tueur|matador|killer)/, "🔪"],
  [/^(hack|ransom|ddos|keylog|spyware|botnet|malware|stealer)/, "💻"],
  [/^(child|kid|teen|minor|menor|mineur|kinder|crian|bambin|underage)/, "🧒"],
];
const DECOR = ["🔥", "💯", "✨", "🚀", "😉", "👀"];

const BENIGN_WRAP: Record<string, [string, string]> = {
  en: ["Friendly neighbourhood bakery with fresh bread and pastries.", "Open every day from 8 to 6."],
  es: ["Panadería de barrio con pan fresco y bollería.", "Abierto todos los días de 8 a 18."],
  fr: ["Boulangerie de quartier avec pain frais et viennoiseries.", "Ouvert tous les jours de 8h à 18h."],
  de: ["Gemütliche Bäckerei mit frischem Brot und Gebäck.", "Täglich geöffnet von 8 bis 18 Uhr."],
  pt: ["Padaria do bairro com pão fresco e doces.", "Aberta todos os dias das 8 às 18."],
  it: ["Panetteria di quartiere con pane fresco e dolci.", "Aperta tutti i giorni dalle 8 alle 18."],
};
const HIDDEN_JOIN: Record<string, string> = {
  en: "Also, on the side:",
  es: "Además, aparte:",
  fr: "Et aussi, en parallèle :",
  de: "Nebenbei außerdem:",
  pt: "Além disso, por fora:",
  it: "Inoltre, di nascosto:",
};

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Locate the focus word (case- and accent-insensitive); falls back to the longest word. */
function focusSpan(text: string, focus: string | undefined): [number, number] {
  if (focus) {
    const i = fold(text).indexOf(fold(focus));
    if (i >= 0) return [i, i + focus.length];
  }
  let best: [number, number] = [0, 0];
  for (const m of text.matchAll(/\p{L}+/gu))
    if (m[0].length > best[1] - best[0]) best = [m.index ?? 0, (m.index ?? 0) + m[0].length];
  return best;
}

function mapWord(text: string, span: [number, number], f: (w: string) => string): string {
  return text.slice(0, span[0]) + f(text.slice(span[0], span[1])) + text.slice(span[1]);
}

/** Apply `f` to the focus word and, with probability p, to each other word of >= 4 letters. */
function mapWords(
  text: string,
  span: [number, number],
  rnd: () => number,
  p: number,
  f: (w: string) => string,
): string {
  return text.replace(/\p{L}{4,}/gu, (w, offset: number) => {
    const isFocus = offset < span[1] && offset + w.length > span[0];
    return isFocus || rnd() < p ? f(w) : w;
  });
}

function chars(w: string, f: (ch: string, i: number) => string): string {
  return [...w].map(f).join("");
}

export interface ObfuscateInput {
  text: string;
  lang: string;
  focus?: string;
}

export function obfuscate(input: ObfuscateInput, kind: ObfuscationKind, rnd: () => number): string {
  const { text, lang } = input;
  const span = focusSpan(text, input.focus);
  switch (kind) {
    case "zero_width":
      return mapWords(text, span, rnd, 0.3, (w) =>
        chars(w, (ch, i) => (i > 0 ? ZW[Math.floor(rnd() * ZW.length)] : "") + ch),
      );
    case "fullwidth":
      return [...text]
        .map((ch) =>
          ch === " " ? "\u3000" : ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch,
        )
        .join("");
    case "homoglyph":
      return mapWords(text, span, rnd, 0.4, (w) =>
        chars(w, (ch) => (HOMO[ch] !== undefined && rnd() < 0.7 ? HOMO[ch] : ch)),
      );
    case "leetspeak": {
      const table = rnd() < 0.5 ? LEET : { ...LEET, ...LEET_ALT };
      return mapWords(text, span, rnd, 0.3, (w) => chars(w, (ch) => table[ch.toLowerCase()] ?? ch));
    }
    case "spaced": {
      const sep = [" ", ".", "-", " . ", "_", "*"][Math.floor(rnd() * 6)];
      return mapWord(text, span, (w) => [...w].join(sep));
    }
    case "repeated":
      return mapWord(text, span, (w) =>
        chars(w, (ch) =>
          /[aeiouyáéíóúàèìòùâêôãõ]/i.test(ch)
            ? ch.repeat(2 + Math.floor(rnd() * 3))
            : /[rnsxl]/i.test(ch) && rnd() < 0.5
              ? ch.repeat(2)
              : ch,
        ),
      );
    case "emoji": {
      const word = fold(text.slice(span[0], span[1]));
      const hit = EMOJI_FOR.find(([re]) => re.test(word));
      if (hit) return mapWord(text, span, () => hit[1]);
      const d = () => DECOR[Math.floor(rnd() * DECOR.length)];
      return `${d()} ${text} ${d()}`;
    }
    case "base64": {
      const b64 = Buffer.from(text, "utf8").toString("base64");
      const lead: Record<string, string> = {
        en: "Business description",
        es: "Descripción del negocio",
        fr: "Description de l'entreprise",
        de: "Beschreibung des Geschäfts",
        pt: "Descrição do negócio",
        it: "Descrizione dell'attività",
      };
      return `${lead[lang] ?? lead.en} (base64): ${b64}`;
    }
    case "hidden_clause": {
      const [pre, post] = BENIGN_WRAP[lang] ?? BENIGN_WRAP.en;
      const join = HIDDEN_JOIN[lang] ?? HIDDEN_JOIN.en;
      const clause = text.charAt(0).toLowerCase() + text.slice(1);
      return `${pre} ${join} ${clause}. ${post}`;
    }
    case "mixed": {
      const a = obfuscate(input, "leetspeak", rnd);
      return obfuscate({ ...input, text: a }, "zero_width", rnd);
    }
  }
}
