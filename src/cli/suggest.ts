/**
 * `namewright suggest`: one description from the arguments, or many with --batch FILE (JSONL, one
 * {"business_description": ..., "count"?, "tlds"?, "max_length"?, "lang"?} per line; "-" reads standard
 * input; one output row per input line, with its line number). Output: text, JSON (--json / --format json;
 * with --explain the explained form) or CSV. Exit codes: 0 ok, 2 bad input, 3 blocked request (single mode).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InputError } from "../core/errors.js";
import { LANGUAGES, type Style, type SupportedLanguage } from "../core/types.js";
import type { DetailedResult, SuggestOptions } from "../generate/index.js";
import type { SuggestCheck } from "../availability/cli.js";
import { normalizeDescription } from "../core/input.js";
import { checkRequestOffThread } from "../safety/cli.js";
import { EXIT, type Io } from "./io.js";

/** The exact message of a blocked response (the pipeline's BLOCKED_MESSAGE; kept here so --help loads nothing). */
const BLOCKED_MESSAGE = "Request contains inappropriate content";

interface SuggestFlags {
  count: string;
  tld?: string;
  maxLength?: string;
  digits: boolean;
  hyphens: boolean;
  include?: string[];
  style?: string;
  lang?: string;
  idn?: boolean;
  json?: boolean;
  explain?: boolean;
  batch?: string;
  generator?: string;
  check?: boolean;
  onlyAvailable?: boolean;
  checkBudget: string;
  exclude?: string[];
  format?: string;
}

const FORMATS = ["text", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

/** --format, with --json as its shorthand. */
function formatOf(f: SuggestFlags): Format {
  if (f.format !== undefined && !(FORMATS as readonly string[]).includes(f.format))
    throw new InputError("bad_option", `--format must be one of ${FORMATS.join(", ")}, got "${f.format}"`);
  if (f.json && f.format !== undefined && f.format !== "json")
    throw new InputError("bad_option", `--json and --format ${f.format} contradict each other`);
  return f.json ? "json" : ((f.format as Format | undefined) ?? "text");
}

const STYLES: Style[] = ["short", "playful", "professional", "any"];
/** The generator pipeline, loaded when a command runs, so that `--help` and other commands do not load it. */
const generate = () => import("../generate/index.js");

/**
 * The guard for `SuggestOptions.guard`, already started on a worker thread for this description; undefined
 * when the description is not valid input (the pipeline then reports why, as always).
 */
function guardOffThread(description: string): SuggestOptions["guard"] {
  let text: string;
  try {
    text = normalizeDescription(description);
  } catch {
    return undefined;
  }
  const pending = checkRequestOffThread(text);
  // The pipeline passes the same normalised text; any other text is checked afresh.
  return (t) => (t === text ? pending : import("../safety/index.js").then((m) => m.checkRequest(t)));
}

/** The keys a batch line may carry: the API's request fields that make sense offline. */
const BATCH_KEYS = ["business_description", "count", "tlds", "max_length", "lang"] as const;

/**
 * One batch line: {"business_description": "...", "count"?, "tlds"?, "max_length"?, "lang"?}, the same
 * field names as the HTTP API. Per-line fields override the command's options for that line.
 */
function batchLine(value: unknown, base: SuggestOptions): { description: string; options: SuggestOptions } {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new InputError("bad_batch_line", 'expected a JSON object {"business_description": "..."}');
  const v = value as Record<string, unknown>;
  const unknown = Object.keys(v).filter((k) => !(BATCH_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    throw new InputError("bad_batch_line", `unknown key "${unknown[0]}"; a line takes ${BATCH_KEYS.join(", ")}`);
  if (typeof v.business_description !== "string")
    throw new InputError("bad_batch_line", '"business_description" must be a string');
  const options: SuggestOptions = { ...base };
  if (v.count !== undefined) options.count = parsePositiveInt("count", String(v.count), 100);
  if (v.max_length !== undefined) options.maxLength = parsePositiveInt("max-length", String(v.max_length), 63);
  if (v.tlds !== undefined) {
    if (!Array.isArray(v.tlds) || !v.tlds.every((t) => typeof t === "string"))
      throw new InputError("bad_batch_line", '"tlds" must be a list of strings, e.g. ["com","io"]');
    options.tlds = v.tlds.map((t: string) => t.trim().replace(/^\./, "").toLowerCase()).filter(Boolean);
  }
  if (v.lang !== undefined) options.language = parseLang(String(v.lang));
  return { description: v.business_description, options };
}

function parseLang(value: string): SupportedLanguage {
  const lang = value.toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new InputError("bad_option", `--lang must be one of ${LANGUAGES.join(", ")} (got "${value}")`);
  return lang as SupportedLanguage;
}

function parsePositiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new InputError("bad_option", `--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return n;
}

export function optionsFromFlags(f: SuggestFlags): SuggestOptions {
  const opts: SuggestOptions = { count: parsePositiveInt("count", f.count, 100) };
  if (f.tld)
    opts.tlds = f.tld
      .split(",")
      .map((t) => t.trim().replace(/^\./, "").toLowerCase())
      .filter(Boolean);
  if (f.maxLength) opts.maxLength = parsePositiveInt("max-length", f.maxLength, 63);
  if (!f.digits) opts.allowDigits = false;
  if (!f.hyphens) opts.allowHyphens = false;
  if (f.include && f.include.length > 0) opts.mustInclude = f.include.map((w) => w.toLowerCase());
  if (f.style) {
    if (!STYLES.includes(f.style as Style))
      throw new InputError("bad_option", `--style must be one of ${STYLES.join(", ")}`);
    opts.style = f.style as Style;
  }
  if (f.lang) opts.language = parseLang(f.lang);
  if (f.idn) opts.allowIdn = true;
  if (f.exclude && f.exclude.length > 0) opts.exclude = f.exclude.map((w) => w.toLowerCase());
  return opts;
}

function formatHuman(result: DetailedResult, explain: boolean, availability?: Map<string, string>): string {
  if (result.status === "blocked") {
    return `Request contains inappropriate content${explain && result.category ? ` (category: ${result.category})` : ""}`;
  }
  const lines: string[] = [];
  if (explain) {
    const u = result.understanding;
    lines.push(
      `language: ${u.language}   industry: ${u.industry ? `${u.industry.label} (${u.industry.confidence})` : "unknown"}   location: ${u.location?.name ?? "-"}`,
    );
    lines.push(
      `keywords: ${u.keywords
        .slice(0, 8)
        .map((k) => `${k.lemma}(${k.weight})`)
        .join(" ")}`,
    );
    lines.push(`candidates scored: ${result.considered}`);
    lines.push("");
  }
  if (result.suggestions.length === 0)
    lines.push("No name met the constraints; try relaxing --max-length or the TLD list.");
  for (const s of result.suggestions) {
    const shown = s.display !== s.domain ? `${s.display} (${s.domain})` : s.domain;
    const avail = availability?.get(s.domain);
    lines.push(`${shown.padEnd(32)} ${s.confidence.toFixed(2)}${avail ? `  ${avail}` : ""}`);
    if (explain) {
      const sub = s.score.sub;
      lines.push(
        `    score ${s.score.overall.toFixed(1)}/10  relevance ${sub.relevance.toFixed(1)} brandability ${sub.brandability.toFixed(1)} pronounce ${sub.pronounceability.toFixed(1)} length ${sub.length.toFixed(1)} readability ${sub.readability.toFixed(1)} tld ${sub.tldFit.toFixed(1)} safety ${sub.safety.toFixed(1)}`,
      );
      lines.push(`    ${s.method}; ${s.score.reasons.slice(0, 4).join("; ")}`);
    }
  }
  return lines.join("\n");
}

/** The JSON of a result: exactly the homework schema, or with --explain the API's explained form. */
export function resultJson(result: DetailedResult, explain: boolean): Record<string, unknown> {
  if (result.status === "blocked")
    return {
      suggestions: [],
      status: "blocked",
      message: BLOCKED_MESSAGE,
      ...(explain ? { category: result.category } : {}),
    };
  if (!explain)
    return {
      suggestions: result.suggestions.map((s) => ({ domain: s.domain, confidence: s.confidence })),
      status: "success",
    };
  const u = result.understanding;
  return {
    suggestions: result.suggestions.map((s) => ({
      domain: s.domain,
      confidence: s.confidence,
      display: s.display,
      why: s.score.reasons.slice(0, 2).join("; ") || s.method,
      reasons: s.score.reasons,
      score: Math.round(s.score.overall * 10) / 10,
      sub: s.score.sub,
      source: s.source,
      method: s.method,
    })),
    status: "success",
    understanding: {
      language: u.language,
      industry: u.industry?.label ?? null,
      location: u.location?.name ?? null,
      keywords: u.keywords.slice(0, 8).map((k) => k.lemma),
    },
    considered: result.considered,
  };
}

const csvField = (v: string | number): string =>
  /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

async function runBatch(file: string, opts: SuggestOptions, io: Io, explain: boolean, format: Format): Promise<number> {
  const { suggestDetailed } = await generate();
  const input = file === "-" ? io.stdin : createReadStream(file, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  // One output row per input line, each with its line number, so outputs never drift from inputs.
  const fail = (message: string): void => {
    bad++;
    io.err(`line ${lineNo}: ${message}`);
    if (format === "csv") io.out(`${lineNo},error,,,${csvField(message)}`);
    else io.out(JSON.stringify({ line: lineNo, status: "error", message }));
  };
  if (format === "csv") io.out("line,status,domain,confidence,message");
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === "") {
        fail('blank line; expected {"business_description": "..."}');
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        fail('not JSON; expected {"business_description": "..."}');
        continue;
      }
      try {
        const { description, options } = batchLine(parsed, opts);
        const result = await suggestDetailed(description, options);
        if (format === "csv") {
          if (result.status === "blocked") io.out(`${lineNo},blocked,,,${csvField(BLOCKED_MESSAGE)}`);
          for (const s of result.suggestions) io.out(`${lineNo},success,${s.domain},${s.confidence},`);
        } else io.out(JSON.stringify({ line: lineNo, ...resultJson(result, explain) }));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        fail(e.message);
      }
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new InputError("no_file", `cannot read ${file}: no such file`);
    throw e;
  }
  return bad > 0 ? EXIT.badInput : EXIT.ok;
}

export function registerSuggest(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("suggest")
    .description("suggest domain names for a business description")
    .argument("[description...]", "the business description (quote it)")
    .option("-n, --count <n>", "how many suggestions, 1 to 100", "10")
    .option("--tld <list>", "allowed TLDs, comma-separated (com,io,co.uk)")
    .option("--max-length <n>", "longest name label, in characters")
    .option("--no-digits", "no digits in names")
    .option("--no-hyphens", "no hyphens in names")
    .option("--include <word...>", "word(s) every name must contain")
    .option("--style <style>", `name style: ${STYLES.join(", ")}`)
    .option("--lang <code>", `the description's language, instead of detecting it: ${LANGUAGES.join(", ")}`)
    .option("--idn", "allow internationalised (non-ASCII) names")
    .option("--exclude <word...>", "word(s) no name may contain")
    .option("--json", 'print {"suggestions":[{"domain","confidence"}],"status":...} exactly (same as --format json)')
    .option("--format <format>", `output format: ${FORMATS.join(", ")} (csv: domain,confidence rows)`)
    .option("--explain", "show the understanding, sub-scores and reasons")
    .option(
      "--generator <kind>",
      "candidate source: crafted (default: built from naming experts' patterns), both (embedded model + lexical), lexical or model",
    )
    .option("--check", "check availability (RDAP, DNS, cache) within --check-budget; the rest are unknown")
    .option("--only-available", "with --check: keep only names the registry says are available")
    .option("--check-budget <ms>", "time limit for --check", "2000")
    .option(
      "--batch <file>",
      "JSONL file of {\"business_description\": ...} lines ('-' = stdin); one JSON result per line",
    )
    .action(async (words: string[], flags: SuggestFlags) => {
      const format = formatOf(flags);
      const opts = optionsFromFlags(flags);
      if (flags.batch && words.length > 0)
        throw new InputError(
          "bad_option",
          "give either a description or --batch FILE, not both (the description would be ignored)",
        );
      // One description: the request guard starts on a worker thread now, while this thread loads the generator.
      const description = words.join(" ");
      if (!flags.batch) {
        const guarded = guardOffThread(description);
        if (guarded) opts.guard = guarded;
      }
      const { defaultGeneratorKind, resolveGenerators, suggestDetailed } = await generate();
      opts.generators = resolveGenerators(flags.generator ?? defaultGeneratorKind(), { warn: io.err });
      if (flags.batch && (flags.check || flags.onlyAvailable))
        throw new InputError("bad_option", "--check and --only-available work on one description, not with --batch");
      if (flags.batch) {
        setExit(await runBatch(flags.batch, opts, io, Boolean(flags.explain), format));
        return;
      }
      const result = await suggestDetailed(description, opts);
      if (result.status === "success" && result.understanding.unsupportedLanguage)
        io.err(
          `namewright: the description looks like ${result.understanding.unsupportedLanguage}, which Namewright does not read yet; the names use only its words in a supported language`,
        );
      // --check / --only-available: availability within the budget (src/availability); --only-available keeps
      // only names the registry confirmed available.
      let checked: SuggestCheck | undefined;
      if ((flags.check || flags.onlyAvailable) && result.status === "success") {
        const { checkForSuggest } = await import("../availability/cli.js");
        checked = await checkForSuggest(
          result.suggestions.map((s) => s.domain),
          flags.checkBudget,
          io.err,
        );
        const found = checked.results;
        if (flags.onlyAvailable)
          result.suggestions = result.suggestions.filter((s) => found.get(s.domain)?.status === "available");
      }
      if (format === "json") {
        const json = resultJson(result, Boolean(flags.explain));
        if (checked && Array.isArray(json.suggestions))
          json.suggestions = (json.suggestions as { domain: string }[]).map((s) => ({
            ...s,
            availability: checked.results.get(s.domain),
          }));
        io.out(JSON.stringify(json));
      } else if (format === "csv") {
        io.out(checked ? "domain,confidence,availability" : "domain,confidence");
        for (const s of result.suggestions)
          io.out(
            checked
              ? `${s.domain},${s.confidence},${checked.results.get(s.domain)?.status ?? "unknown"}`
              : `${s.domain},${s.confidence}`,
          );
        if (result.status === "blocked") io.err(`namewright: ${BLOCKED_MESSAGE}`);
      } else {
        io.out(formatHuman(result, Boolean(flags.explain), checked?.labels));
      }
      setExit(result.status === "blocked" ? EXIT.blocked : EXIT.ok);
    });
}
