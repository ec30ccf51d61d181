/**
 * Words a description asks the name to contain or to avoid, in every supported language:
 *   "must keep 'Orchard' somewhere in the name"       -> include orchard
 *   "nothing with 'dent' in it", "avoid 'aqua' and 'hydro'", "der das Wort 'Sprach' nicht enthält",
 *   "senza 'casa' né 'immobiliare'", "Cannot include the word 'bank'"   -> exclude
 *   "a nod to 'lex' is welcome but not required"      -> neither (no cue)
 *
 * A candidate word is a quoted word, or the word right after "word" in any language ("the word Cove",
 * "mit dem Wort Ruhe", "com a palavra Mar"). Its polarity comes from the cues before it in its sentence:
 * a negation right before the word, or in the clause of the verb or preposition that introduces it ("must not
 * contain", "no names with", "non deve contenere", "avoid anything starting with Q or containing 'quantum'"),
 * makes it a word to avoid; an inclusion verb or "with" close before it, a word to include. German puts the verb
 * last, so "nicht"/"enthalten" right after the word count too, and a subjunctive or modal after the word states a
 * wish in any language ("que le mot « érable » soit dedans"). Words listed after a first one ("'green', 'grass' or
 * 'lawn'") share its polarity. Unquoted lists closed by "in it" / "in the name" are read the same way ("nothing
 * with obra or build in it"), and so are unquoted lists that end a sentence after a negated "with" or "contain"
 * ("Avoid anything with med or care.") and joined lists after a plural noun ("not the words card or spend.").
 * A word followed by "in it" / "(somewhere) in the name" after a verb of wanting is a word to include ("would like
 * 'ledger' somewhere in the name"), and so are a capitalised name after "name" ("keep the family name Kowalski in it")
 * and a bare word an inclusion verb offers with its variants ("include nook or a close variant").
 */

export interface WordWishes {
  /** Lower-case words every name must contain, in text order. */
  include: string[];
  /** Lower-case words no name may contain, in text order. */
  exclude: string[];
  /** [start, end) spans of the text that state the wishes (removed before keyword extraction). */
  spans: [number, number][];
}

const NEGATIONS = new Set(
  (
    "no not nothing none never without avoid avoiding avoids cannot can't cant don't dont doesn't isn't mustn't shouldn't nor " +
    // "any word except 'Safe'": an exception is a word to avoid ("anything but", ANYTHING_BUT, the same).
    "except excepting excepto salvo sauf excepté hormis außer ausser ausgenommen exceto tranne eccetto fuorché " +
    "sin nunca ni nada evitar evita eviten evitad " +
    "pas sans jamais aucun aucune rien éviter évitez eviter ne " +
    "nicht nichts kein keine keinen keinem keiner ohne nie vermeiden " +
    "não nao sem nem evite evitem " +
    "non senza né ne mai niente nulla nessun nessuna nessuno evitare"
  ).split(" "),
);

/** "but" excepts only after these ("anything but the word Care"); elsewhere it joins two clauses. */
const ANYTHING_BUT = new Set("anything everything all".split(" "));

/** Verbs of inclusion: they introduce a wished word up to VERB_REACH tokens later. */
const INCLUDE_VERBS = new Set(
  (
    "include includes including included contain contains containing keep keeps keeping kept feature features attached " +
    "incluya incluir incluye incluyan lleve llevar lleva contenga contener contiene mantener mantenga conservar " +
    "conserve conserven conserva conservi conservare " +
    "inclure inclue inclut incluant contienne contenir contient garder gardant garde conserver " +
    "enthalten enthält enthaelt beinhalten beinhaltet behalten " +
    "inclua incluir inclui conter contenha contém manter mantenha ter tenha " +
    "contenga contenere contiene includere includa mantenere mantenga abbia " +
    "tenga tengan"
  ).split(" "),
);
/** Prepositions of inclusion ("a name with 'sort' in it"): reach only PREPOSITION_REACH tokens. */
const INCLUDE_PREPOSITIONS = new Set("with mit con com avec".split(" "));
/**
 * Nouns that introduce an unquoted wished word ("the word Cove"). Singular only: after a plural the next word
 * is mostly a description of the words ("no English words", "parole inglesi", "words like credit"); a plural
 * introduces only a list of two or three joined by "or" / "and" (PLURAL_WORD_NOUNS).
 */
const WORD_NOUNS = new Set("word palabra mot wort palavra parola".split(" "));
/** Their plurals, which introduce a list of two or three unquoted words ("the words card or spend"). */
const PLURAL_WORD_NOUNS = new Set("words palabras mots wörter worte palavras parole terms términos termos".split(" "));
/** Words that never are the wished word after such a noun ("a Portuguese word in it", "one word, and"). */
const FUNCTION_WORDS = new Set(
  (
    "in on at of for to and or that which with like is it as be but if so the a an " +
    "en de del da do di du des que qui che y o e et und oder mit im als für para por pour per com con avec " +
    "se si il la le lo los las el les der die das dem den ein eine um una un uno une"
  ).split(" "),
);
/**
 * "... in it", "in the name" and their translations close a wish about unquoted words: "nothing with obra or
 * build in it", "Avoid fish and aqua in the name", "no padel in the name".
 */
const IN_THE_NAME =
  /^(?:in (?:it|them|there|the name|the domain)|im namen|dans le nom|en el nombre|no nome|nel nome|dentro)\b/iu;
/** Unquoted words of such a wish, at most this many (with glue between them). */
const MAX_BARE_LIST = 3;
/** Where the walk back over such a list stops without taking the word ("doesn't have CFO or finance in it"). */
const BARE_LIST_STOPS = new Set("have has having use using say says want".split(" "));
/** What a name is said to have that is no word of it ("no digits or hyphens in the name"). */
const NOT_WORDS = new Set(
  (
    "digits digit numbers number numerals hyphens hyphen dashes dash accents accent umlauts spaces symbols letters " +
    "characters initials puns pun acronyms acronym " +
    "números numeros número numero guiones guion guión acentos tildes letras " +
    "chiffres chiffre tirets tiret lettres " +
    "zahlen ziffern nummern bindestrich bindestriche umlaute buchstaben " +
    "hífen hifen hífens trema " +
    "numeri trattini trattino accenti lettere"
  ).split(" "),
);
/** A sentence ends between two words: a stop and a space, or a new line (a domain's dot, ".com", is none). */
const SENTENCE_BREAK = /[.!?;]["'”’»)]*\s|\n/u;
/** What may follow the text's last word: its closing quote or bracket and stop. */
const TEXT_END = /^\s*["'”’»)]*\s*(?:[.!?;]|$)/u;
/** What a negation may govern between it and "with" ("avoid anything with", "no names with"). */
const NEGATED_THINGS = new Set(
  "anything nothing something any names name words word things whatever algo nada rien nichts niente nulla".split(" "),
);
/** Negations that govern a following "with" on their own ("nothing with", "nichts mit", "sin nada con"). */
const NEGATING_NOUNS = new Set(
  "nothing nada rien nichts niente nulla avoid avoiding evitar evite éviter eviter évitez vermeiden evitare".split(" "),
);

/**
 * Whether the cue at token `cue` is negated as a wish: "must not contain" / "senza contenere" (a negation right
 * before an inclusion verb), "nothing with" / "nichts mit", or "avoid anything with" / "no names with" (a negation,
 * one of NEGATED_THINGS, the preposition). The negation is written in lower case unless it opens the sentence (the
 * Val di Non is a valley), and no comma lies between it and the cue.
 */
function negatedCue(text: string, tokens: Token[], cue: number): boolean {
  const lowerOrFirst = (i: number): boolean =>
    i === 0 || tokens[i]!.breakBefore || text.slice(tokens[i]!.start, tokens[i]!.end) === tokens[i]!.text;
  const verb = INCLUDE_VERBS.has(tokens[cue]!.text);
  const a = cue - 1;
  if (a < 0 || /,/.test(tokens[cue]!.gap) || tokens[cue]!.breakBefore) return false;
  if (isNegation(tokens, a) && lowerOrFirst(a) && (verb || NEGATING_NOUNS.has(tokens[a]!.text))) return true;
  const b = cue - 2;
  return (
    b >= 0 &&
    NEGATED_THINGS.has(tokens[a]!.text) &&
    !/,/.test(tokens[a]!.gap) &&
    !tokens[a]!.breakBefore &&
    isNegation(tokens, b) &&
    lowerOrFirst(b)
  );
}

/** Words of degree and amount, never a wished word ("nothing with too much jargon"). */
const QUANTIFIERS = new Set(
  (
    "too much many very more less most any some such really " +
    "us you your me my our their them him her it its nos nous vous uns euch noi voi"
  ).split(" "),
);
/** A word that introduces or negates a wish, never one itself. */
const isCueWord = (t: string): boolean =>
  NEGATIONS.has(t) || INCLUDE_VERBS.has(t) || INCLUDE_PREPOSITIONS.has(t) || BARE_LIST_STOPS.has(t);
/** Glue between listed words: "'green', 'grass' or 'lawn'". */
const LIST_GLUE = new Set("or and nor ni né nem o y ou et oder und e".split(" "));
const ARTICLES = new Set("the a an la las el le les los der die das dem den o os as il lo gli i".split(" "));

const VERB_REACH = 6;
const PREPOSITION_REACH = 3;
/**
 * A negation up to VERB_REACH tokens before the inclusion cue negates it ("must not contain", "no names with",
 * "avoid anything starting with Q or containing 'quantum'", "nada de juegos de palabras con 'birra'") unless
 * something in between starts another clause: these words, a comma or a sentence boundary ("no puns and keep
 * 'Orchard'", "nothing corporate, but it must contain 'oak'", "sin guiones y que incluya 'sol'").
 */
const CLAUSE_STARTS = new Set("and but please then so y pero et mais und aber e ma mas".split(" "));
/**
 * Verbs of a wish stated after the word, in the subjunctive or with a modal ("que le mot « érable » soit dedans",
 * "que 'Sol' aparezca", "'Orchard' has to be in the name"); a plain "is"/"have" reports a fact ("competitors all
 * have 'care' in the name"), so it is no wish.
 */
const AFTER_WISH_VERBS = new Set(
  (
    "be appear appears soit figure apparaisse esté aparezca esteja apareça sia compaia stehen steht vorkommen vorkommt " +
    "soll sollte muss"
  ).split(" "),
);
/** Where such a wish may say the word goes ("dedans", "in the name" and the IN_THE_NAME forms; "soll drinbleiben"). */
const INSIDE_WORDS = new Set("dedans dentro drin darin drinbleiben drinbleibt drinnen".split(" "));
/**
 * Verbs of wanting: with the word followed by "in it" / "(somewhere) in the name" they state a wish to include it
 * ("Would like 'ledger' somewhere in the name", "The family want the word Orchard in it"); a plain "have" or "use"
 * there reports a fact ("competitors all have 'care' in the name").
 */
const WANT_VERBS = new Set(
  "want wants wanted wanting like love prefer insist insists insisted need needs require requires".split(" "),
);
/** Words that may stand between the wished word and "in the name": "'ledger' somewhere in the name". */
const PLACE_ADVERBS = new Set("somewhere anywhere always".split(" "));
/** Nouns that introduce a capitalised proper name to keep ("keep the family name Kowalski in it"). */
const NAME_NOUNS = new Set("name surname".split(" "));
/** "include nook or a close variant": a bare word right after an inclusion verb, offered with its variants. */
const OR_VARIANT = /^\s+or (?:a |some )?(?:close |similar |near )?(?:variant|variation|version|spelling)s?\b/iu;

interface Token {
  text: string;
  start: number;
  end: number;
  /** A sentence boundary (. ! ? ; :) lies between the previous token and this one. */
  breakBefore: boolean;
  /** The text between the previous token and this one. */
  gap: string;
}

interface Candidate {
  word: string;
  /** Index of the first token after the candidate's own tokens. */
  after: number;
  /** Index of the first token of the candidate (its quote's word, or the noun cue's word). */
  at: number;
  span: [number, number];
}

/** A quoted single word (hyphens allowed; "'eco-'" is "eco"). A quoted phrase is a quotation, not a wish. */
const QUOTED =
  /(?<![\p{L}\p{N}])["'“‘„«‚‹]\s*([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,28}[\p{L}\p{N}])?)-?\s*["'”’“»‘›](?![\p{L}\p{N}])/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    tokens.push({ text: m[0].toLowerCase(), start, end: start + m[0].length, breakBefore: /[.!?;:\n]/.test(gap), gap });
    last = start + m[0].length;
  }
  return tokens;
}

function tokenAt(tokens: Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].end <= offset) i++;
  return i;
}

function candidates(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  const taken = (start: number, end: number): boolean => found.some((c) => c.span[0] < end && start < c.span[1]);
  /** Listed bare words (found last to first), in text order; a trailing hyphen dropped ("eco-" is "eco"). */
  const pushBare = (words: number[]): void => {
    for (const w of words.reverse()) {
      const t = tokens[w];
      found.push({ word: t.text.replace(/-+$/, ""), at: w, after: w + 1, span: [t.start, t.end] });
    }
  };
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1].length < 2) continue;
    found.push({
      word: m[1].toLowerCase(),
      at: tokenAt(tokens, start),
      after: tokenAt(tokens, end),
      span: [start, end],
    });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!WORD_NOUNS.has(tokens[i].text)) continue;
    const next = tokens[i + 1];
    // Only a bare word right after the noun (quoted ones were taken above): "the word Cove", not "word, and".
    if (!/^\s+$/.test(next.gap)) continue;
    if (FUNCTION_WORDS.has(next.text) || NEGATIONS.has(next.text) || next.text.length < 2) continue;
    if (taken(next.start, next.end)) continue;
    found.push({ word: next.text, at: i + 1, after: i + 2, span: [next.start, next.end] });
  }
  // A capitalised proper name right after "name" ("keep the family name Kowalski in it"): a lower-case word there is
  // mostly a description ("keep the name short"), so only a capitalised one is taken.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!NAME_NOUNS.has(tokens[i].text)) continue;
    const next = tokens[i + 1];
    const written = text.slice(next.start, next.end);
    if (!/^\s+$/.test(next.gap) || !/^\p{Lu}\p{Ll}/u.test(written) || next.text.length < 2) continue;
    if (FUNCTION_WORDS.has(next.text) || isCueWord(next.text) || taken(next.start, next.end)) continue;
    found.push({ word: next.text, at: i + 1, after: i + 2, span: [next.start, next.end] });
  }
  // A bare word right after an inclusion verb that offers its variants: "wants it to include nook or a close variant".
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!INCLUDE_VERBS.has(tokens[i].text)) continue;
    const next = tokens[i + 1];
    if (!/^\s+$/.test(next.gap) || next.text.length < 2 || taken(next.start, next.end)) continue;
    if (FUNCTION_WORDS.has(next.text) || ARTICLES.has(next.text) || QUANTIFIERS.has(next.text) || isCueWord(next.text))
      continue;
    const variant = OR_VARIANT.exec(text.slice(next.end));
    if (!variant) continue;
    // The span takes "or a close variant" too, so that its words do not become the request's keywords.
    found.push({ word: next.text, at: i + 1, after: i + 2, span: [next.start, next.end + variant[0].length] });
  }
  // A list of two or three bare words joined by "or" / "and" right after a plural noun, ending its clause: "does not
  // use the literal words card or spend.", "sem usar as palavras costa ou verde, ...". (One word after a plural is
  // mostly an adjective: "parole inglesi".) Its polarity comes from the cues, as for any candidate.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!PLURAL_WORD_NOUNS.has(tokens[i].text)) continue;
    const words: number[] = [];
    let glued = false;
    let j = i + 1;
    for (; j < tokens.length && words.length < MAX_BARE_LIST; j++) {
      const t = tokens[j];
      if (t.breakBefore || !/^\s+$/.test(t.gap)) break;
      const wantGlue = words.length > 0 && tokens[j - 1] !== undefined && !LIST_GLUE.has(tokens[j - 1].text);
      if (LIST_GLUE.has(t.text)) {
        if (!wantGlue) break;
        glued = true;
        continue;
      }
      if (wantGlue) break;
      if (taken(t.start, t.end) || NOT_WORDS.has(t.text) || FUNCTION_WORDS.has(t.text) || ARTICLES.has(t.text)) break;
      if (QUANTIFIERS.has(t.text) || isCueWord(t.text) || t.text.length < 2) break;
      words.push(j);
    }
    const last = words[words.length - 1];
    if (!glued || words.length < 2 || last === undefined || j !== last + 1) continue;
    const end = last + 1 < tokens.length ? tokens[last + 1].gap : text.slice(tokens[last].end);
    if (last + 1 < tokens.length ? !/[,;:.!?\n]/.test(end) : !TEXT_END.test(end)) continue;
    pushBare(words.reverse());
  }
  // Bare words closed by "in it" / "in the name": walk back over the list (glue allowed) to its cue; a list
  // that reaches no cue within MAX_BARE_LIST words is no wish ("keep the word 'Kin' somewhere in the name").
  for (let k = 1; k < tokens.length; k++) {
    if (!IN_THE_NAME.test(text.slice(tokens[k].start))) continue;
    const words: number[] = [];
    let i = k - 1;
    let closed = false;
    for (; i >= 0; i--) {
      const t = tokens[i];
      if (isCueWord(t.text)) {
        closed = true;
        break;
      }
      // "keep the Pritchard in it": an article between the cue and a single word.
      if (ARTICLES.has(t.text) && words.length === 1 && i > 0 && INCLUDE_VERBS.has(tokens[i - 1].text)) continue;
      if (!LIST_GLUE.has(t.text)) {
        if (taken(t.start, t.end) || NOT_WORDS.has(t.text) || FUNCTION_WORDS.has(t.text) || ARTICLES.has(t.text)) break;
        if (words.length === MAX_BARE_LIST) break;
        words.push(i);
      }
      if (t.breakBefore) break;
    }
    if (!closed || words.length === 0) continue;
    pushBare(words);
  }
  // Bare words that end a sentence after a negated "with" / "contain": "Avoid anything with med or care.", "bitte
  // nichts mit Vital oder Aktiv.", "must not contain AI, Lex or Law." Only to avoid ("something with warmth" wishes
  // for no word), and only where the negation governs the cue (see negatedCue).
  for (let k = 0; k < tokens.length; k++) {
    const ends =
      k + 1 < tokens.length ? SENTENCE_BREAK.test(tokens[k + 1].gap) : TEXT_END.test(text.slice(tokens[k].end));
    if (!ends) continue;
    const words: number[] = [];
    let cue = -1;
    for (let i = k; i >= 0; i--) {
      const t = tokens[i];
      if (INCLUDE_PREPOSITIONS.has(t.text) || INCLUDE_VERBS.has(t.text)) {
        cue = i;
        break;
      }
      if (!LIST_GLUE.has(t.text)) {
        const stop =
          taken(t.start, t.end) ||
          NOT_WORDS.has(t.text) ||
          FUNCTION_WORDS.has(t.text) ||
          ARTICLES.has(t.text) ||
          QUANTIFIERS.has(t.text) ||
          isCueWord(t.text);
        if (stop || words.length === MAX_BARE_LIST) break;
        words.push(i);
      }
      if (t.breakBefore) break;
    }
    if (cue < 1 || words.length === 0 || tokens[cue].breakBefore || !negatedCue(text, tokens, cue)) continue;
    pushBare(words);
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** A negation at token i: a negation word, or "clear" in "steer / stay / keep clear of". */
function isNegation(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  if (NEGATIONS.has(t)) return true;
  return t === "clear" && i > 0 && ["steer", "stay", "keep"].includes(tokens[i - 1]!.text);
}

type Polarity = "include" | "exclude" | null;

interface Reading {
  polarity: Polarity;
  /** Index of the first token of the wish phrase (its cue or negation), for the span removed from the text. */
  from: number;
}

/**
 * The polarity the cues before token `at` (within its sentence) and right after it give: a negation first
 * met going back, or one in the inclusion cue's own clause (CLAUSE_STARTS), excludes; an inclusion cue includes;
 * without a cue before it, a wish stated after the word (afterWish).
 */
function readCues(tokens: Token[], at: number, after: number): Reading {
  let cue = -1;
  if (!tokens[at]?.breakBefore) {
    for (let i = at - 1, d = 1; i >= 0 && d <= VERB_REACH; i--, d++) {
      const t = tokens[i].text;
      if (isNegation(tokens, i) || (t === "but" && i > 0 && ANYTHING_BUT.has(tokens[i - 1].text)))
        return { polarity: "exclude", from: i };
      if (INCLUDE_VERBS.has(t) || (INCLUDE_PREPOSITIONS.has(t) && d <= PREPOSITION_REACH)) {
        cue = i;
        break;
      }
      if (tokens[i].breakBefore) break;
    }
  }
  if (cue >= 0) {
    for (let i = cue - 1; i >= Math.max(0, cue - VERB_REACH); i--) {
      if (tokens[i + 1].breakBefore) break;
      if (/,/.test(tokens[i + 1].gap) || CLAUSE_STARTS.has(tokens[i].text)) break;
      if (isNegation(tokens, i)) return { polarity: "exclude", from: i };
    }
  }
  // Verb-last German, right after the word: "das Wort 'Hof' enthalten", "'Sprach' nicht enthält".
  const next = tokens[after];
  // Only spaces and closing quotes between (no comma, no dash: "Feder, aber nicht zwingend" is no wish).
  if (next && !next.breakBefore && !/[,–—-]/.test(next.gap)) {
    const verb = tokens[after + 1];
    if (NEGATIONS.has(next.text) && verb && INCLUDE_VERBS.has(verb.text)) return { polarity: "exclude", from: at };
    if (INCLUDE_VERBS.has(next.text) && cue < 0) return { polarity: "include", from: at };
  }
  if (cue < 0) {
    const stated = afterWish(tokens, after);
    if (stated) return { polarity: stated, from: at };
    const wanted = wantedInName(tokens, at, after);
    if (wanted >= 0) return { polarity: "include", from: wanted };
  }
  return cue >= 0 ? { polarity: "include", from: cue } : { polarity: null, from: at };
}

/**
 * A wish stated after the word (AFTER_WISH_VERBS): within five tokens of the same clause, such a verb followed by
 * where the word goes (INSIDE_WORDS, "in the name", ...); a negation among them makes it a word to avoid.
 */
function afterWish(tokens: Token[], after: number): Polarity {
  let verb = false;
  let negated = false;
  for (let i = after; i < Math.min(tokens.length, after + 5); i++) {
    const t = tokens[i]!;
    if (t.breakBefore || (i > after && /,/.test(t.gap)) || (i === after && /[,–—]/.test(t.gap))) return null;
    if (isNegation(tokens, i)) negated = true;
    else if (AFTER_WISH_VERBS.has(t.text)) verb = true;
    else if (
      verb &&
      (INSIDE_WORDS.has(t.text) ||
        IN_THE_NAME.test(t.text + " " + (tokens[i + 1]?.text ?? "") + " " + (tokens[i + 2]?.text ?? "")))
    )
      return negated ? "exclude" : "include";
  }
  return null;
}

/**
 * A word wanted in the name: the word is followed, in its clause, by "in it" / "in the name" (after the alternatives
 * listed with it and at most one of PLACE_ADVERBS), and a verb of wanting (WANT_VERBS) stands within VERB_REACH tokens
 * before it in its sentence. Returns that verb's index, or -1. (A negation before the word was already read as a word
 * to avoid.)
 */
function wantedInName(tokens: Token[], at: number, after: number): number {
  let k = after;
  // Over the alternatives listed after it: "'return' or 'loop' somewhere in it".
  for (let n = 0; n < 2 && tokens[k] && LIST_GLUE.has(tokens[k].text) && !tokens[k].breakBefore; n++) k += 2;
  if (tokens[k] && PLACE_ADVERBS.has(tokens[k].text)) k++;
  const t = tokens[k];
  if (!t || t.breakBefore || /[,–—]/.test(t.gap)) return -1;
  const phrase = [k, k + 1, k + 2].map((i) => tokens[i]?.text ?? "").join(" ");
  if (!IN_THE_NAME.test(phrase)) return -1;
  if (tokens[at]?.breakBefore) return -1;
  for (let i = at - 1, d = 1; i >= 0 && d <= VERB_REACH; i--, d++) {
    if (WANT_VERBS.has(tokens[i].text)) return i;
    if (tokens[i].breakBefore) break;
  }
  return -1;
}

/** "or" between two wished words makes them alternatives ("'Stilt' or 'Pier'"): only the first is required. */
const ALTERNATIVE = new Set(["or", "o", "ou", "oder"]);

export function parseWordWishes(text: string): WordWishes {
  const tokens = tokenize(text);
  const include: string[] = [];
  const exclude: string[] = [];
  const spans: [number, number][] = [];
  let previous: { polarity: Polarity; after: number } | null = null;
  for (const c of candidates(text, tokens)) {
    let reading: Reading | null = null;
    let alternative = false;
    // A listed word: only glue between it and the previous wished word.
    if (previous?.polarity && c.at >= previous.after) {
      const between = tokens.slice(previous.after, c.at);
      const sameSentence = !between.some((t) => t.breakBefore) && !tokens[c.at]?.breakBefore;
      if (sameSentence && between.every((t) => LIST_GLUE.has(t.text) || ARTICLES.has(t.text))) {
        reading = { polarity: previous.polarity, from: c.at };
        alternative = between.some((t) => ALTERNATIVE.has(t.text));
      } else if (sameSentence && previous.polarity === "include" && between.length <= 4)
        // "include 'Trip' or start with 'Pack'": either will do, the first is required.
        alternative = between.some((t) => ALTERNATIVE.has(t.text));
    }
    reading ??= readCues(tokens, c.at, c.after);
    previous = { polarity: reading.polarity, after: c.after };
    if (!reading.polarity) continue;
    const start = Math.min(c.span[0], tokens[reading.from]?.start ?? c.span[0]);
    spans.push([start, c.span[1]]);
    if (reading.polarity === "include" && alternative) continue;
    const list = reading.polarity === "include" ? include : exclude;
    if (!list.includes(c.word)) list.push(c.word);
  }
  return { include, exclude, spans };
}
