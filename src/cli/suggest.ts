/**
 * `namewright suggest`: one description from the arguments, or many with --batch FILE (JSONL, one
 * {"business_description": ...} per line; "-" reads standard input). Exit codes: 0 ok, 2 bad input,
 * 3 blocked request (single mode).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InputError } from "../core/errors.js";
import { LANGUAGES, type Style, type SupportedLanguage } from "../core/types.js";
import type { DetailedResult, SuggestOptions } from "../generate/index.js";
import type { SuggestCheck } from "../availability/cli.js";
import { EXIT, type Io } from "./io.js";

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
}

const STYLES: Style[] = ["short", "playful", "professional", "any"];
/** The generator pipeline, loaded when a command runs, so that `--help` and other commands do not load it. */
const generate = () => import("../generate/index.js");

/** The one batch line shape: {"business_description": "..."} and nothing else. */
function batchDescription(value: unknown): string {
  const ok = typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
  const d = ok ? (value as { business_description?: unknown }).business_description : undefined;
  if (typeof d !== "string") throw new InputError("bad_batch_line", 'expected {"business_description": "..."}');
  return d;
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
  if (f.lang) {
    const lang = f.lang.toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(lang))
      throw new InputError("bad_option", `--lang must be one of ${LANGUAGES.join(", ")} (got "${f.lang}")`);
    opts.language = lang as SupportedLanguage;
  }
  if (f.idn) opts.allowIdn = true;
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

async function runBatch(file: string, opts: SuggestOptions, io: Io, explain: boolean): Promise<number> {
  const { suggestDetailed, toResponse } = await generate();
  const input = file === "-" ? io.stdin : createReadStream(file, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === "") continue;
      let description: string;
      try {
        description = batchDescription(JSON.parse(line));
      } catch {
        bad++;
        io.err(`line ${lineNo}: expected a JSON object {"business_description": "..."}`);
        io.out(JSON.stringify({ line: lineNo, status: "error", message: 'expected {"business_description": "..."}' }));
        continue;
      }
      try {
        const result = await suggestDetailed(description, opts);
        const response = toResponse(result);
        io.out(
          JSON.stringify(
            explain && result.status === "blocked" ? { ...response, category: result.category } : response,
          ),
        );
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        bad++;
        io.err(`line ${lineNo}: ${e.message}`);
        io.out(JSON.stringify({ line: lineNo, status: "error", message: e.message }));
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
    .option("-n, --count <n>", "how many suggestions", "10")
    .option("--tld <list>", "allowed TLDs, comma-separated (com,io,co.uk)")
    .option("--max-length <n>", "longest name label, in characters")
    .option("--no-digits", "no digits in names")
    .option("--no-hyphens", "no hyphens in names")
    .option("--include <word...>", "word(s) every name must contain")
    .option("--style <style>", `name style: ${STYLES.join(", ")}`)
    .option("--lang <code>", `the description's language, instead of detecting it: ${LANGUAGES.join(", ")}`)
    .option("--idn", "allow internationalised (non-ASCII) names")
    .option("--json", 'print {"suggestions":[{"domain","confidence"}],"status":...} exactly')
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
      const { defaultGeneratorKind, resolveGenerators, suggestDetailed, toResponse } = await generate();
      const opts = optionsFromFlags(flags);
      opts.generators = resolveGenerators(flags.generator ?? defaultGeneratorKind(), { warn: io.err });
      if (flags.batch && (flags.check || flags.onlyAvailable))
        throw new InputError("bad_option", "--check and --only-available work on one description, not with --batch");
      if (flags.batch) {
        setExit(await runBatch(flags.batch, opts, io, Boolean(flags.explain)));
        return;
      }
      const description = words.join(" ");
      const result = await suggestDetailed(description, opts);
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
      if (flags.json) {
        const response = toResponse(result);
        const suggestions = response.suggestions.map((s) => ({ ...s, availability: checked?.results.get(s.domain) }));
        io.out(
          JSON.stringify(
            flags.explain && result.status === "blocked"
              ? { ...response, category: result.category }
              : checked
                ? { ...response, suggestions }
                : response,
          ),
        );
      } else {
        io.out(formatHuman(result, Boolean(flags.explain), checked?.labels));
      }
      setExit(result.status === "blocked" ? EXIT.blocked : EXIT.ok);
    });
}
