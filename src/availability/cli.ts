/**
 * `namewright check <domain...>` and `namewright update-bootstrap`, plus the helper `suggest --check` uses.
 *
 *   check <domain...> [--json] [--bootstrap FILE] [--budget MS] [--timeout MS] [--dns-server ADDR | --no-dns]
 *                     [--cache FILE | --no-cache] [--zone FILE...] [--offline]
 *     {"results":[{"domain","status":"available|taken|reserved|unknown","source":"rdap|dns|zone|cache|prior",
 *       "reason"?}]}; exit 0 whatever the statuses, 2 when a name is not a valid domain (nothing is checked).
 *   update-bootstrap [--url URL] [--out FILE]   refresh the shipped IANA RDAP bootstrap snapshot
 *
 * Environment (also for `suggest --check`): NAMEWRIGHT_RDAP_BOOTSTRAP (a bootstrap file),
 * NAMEWRIGHT_DNS_SERVER (resolver address, or "off"), NAMEWRIGHT_AVAILABILITY_CACHE (SQLite file, or "off").
 */
import type { Command } from "commander";
import { AvailabilityInputError } from "./errors.js";
import type { AvailabilityResult } from "./types.js";
import type { CheckOptions } from "./check.js";

/** The implementation, loaded when a command runs (registering commands must not load it). */
const impl = () => import("./index.js");
const zoneImpl = () => import("./zone/index.js");

export const DNS_SERVER_ENV = "NAMEWRIGHT_DNS_SERVER";

export interface AvailabilityCliIo {
  out(line: string): void;
  err(line: string): void;
}

const stdio: AvailabilityCliIo = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
};

function parseMs(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 600_000)
    throw new AvailabilityInputError("bad_option", `--${name} must be whole milliseconds from 0 to 600000`);
  return n;
}

export interface CheckSetup {
  /** DNS resolver address; "off" or false for none; undefined: NAMEWRIGHT_DNS_SERVER, else the system's. */
  dnsServer?: string | false;
  /** Cache file; "off" or false for none; undefined: NAMEWRIGHT_AVAILABILITY_CACHE, else the default path. */
  cache?: string | false;
  bootstrap?: string;
  zones?: readonly string[];
  budgetMs?: number;
  timeoutMs?: number;
  offline?: boolean;
  /** Per-RDAP-host limits for this run instead of the defaults (2 in flight, 4 starts a second). */
  hostConcurrency?: number;
  hostRate?: number;
}

/** Builds checkDomains options from flags and environment; `close` releases the cache and resolver. */
export async function openCheckOptions(
  setup: CheckSetup,
  warn: (line: string) => void,
): Promise<{ options: CheckOptions; close: () => void }> {
  const { AvailabilityCache, DnsPrecheck, HostScheduler, DEFAULT_HOST_LIMITS, defaultCachePath, loadBootstrap } =
    await impl();
  const options: CheckOptions = {
    bootstrap: loadBootstrap(setup.bootstrap),
    budgetMs: setup.budgetMs,
    timeoutMs: setup.timeoutMs,
    offline: setup.offline,
  };
  if (setup.hostConcurrency !== undefined || setup.hostRate !== undefined)
    options.scheduler = new HostScheduler({
      defaults: {
        concurrency: setup.hostConcurrency ?? DEFAULT_HOST_LIMITS.concurrency,
        minIntervalMs: setup.hostRate !== undefined ? 1000 / setup.hostRate : DEFAULT_HOST_LIMITS.minIntervalMs,
      },
    });
  const dnsServer = setup.dnsServer ?? process.env[DNS_SERVER_ENV];
  if (dnsServer !== false && dnsServer !== "off" && !setup.offline)
    options.dns = new DnsPrecheck({ servers: dnsServer ? dnsServer.split(",").map((s) => s.trim()) : undefined });
  const cachePath = setup.cache ?? (process.env.NAMEWRIGHT_AVAILABILITY_CACHE || defaultCachePath());
  if (cachePath !== false && cachePath !== "off") {
    try {
      options.cache = AvailabilityCache.open(cachePath);
    } catch (e) {
      warn(`namewright: ${(e as Error).message}; checking without a cache`);
    }
  }
  if (setup.zones && setup.zones.length > 0) {
    const { loadZoneIndex } = await zoneImpl();
    options.zones = setup.zones.map((f) => loadZoneIndex(f));
  }
  return {
    options,
    close: () => {
      options.cache?.close();
      options.dns?.close();
    },
  };
}

/** What `suggest --check` shows per name: the result (without the repeated domain) and a short label. */
export interface SuggestCheck {
  results: Map<string, Omit<AvailabilityResult, "domain">>;
  labels: Map<string, string>;
}

/**
 * `suggest --check`: availability of the suggested names within `budget` ms (a flag's text; names without
 * an answer by then are "unknown"), configured from the environment only.
 */
export async function checkForSuggest(
  domains: readonly string[],
  budget: string,
  warn: (line: string) => void,
): Promise<SuggestCheck> {
  const budgetMs = Number(budget);
  if (!Number.isInteger(budgetMs) || budgetMs < 0 || budgetMs > 600_000)
    throw new AvailabilityInputError("bad_option", "--check-budget must be whole milliseconds from 0 to 600000");
  const { checkDomains, DEFAULT_REQUEST_TIMEOUT_MS } = await impl();
  // One registry answer may take as long as the whole budget the user granted (a 30 s budget on a loaded machine
  // had answers cut at the 5 s per-request default and shown as unknown); the default stays the floor.
  const { options, close } = await openCheckOptions(
    { budgetMs, timeoutMs: Math.max(DEFAULT_REQUEST_TIMEOUT_MS, budgetMs) },
    warn,
  );
  try {
    const found = await checkDomains(domains, options);
    const out: SuggestCheck = { results: new Map(), labels: new Map() };
    found.forEach(({ domain: _domain, ...r }, i) => {
      out.results.set(domains[i], r);
      out.labels.set(domains[i], availabilityLabel({ domain: domains[i], ...r }));
    });
    return out;
  } finally {
    close();
  }
}

/** "available (rdap)", "taken (dns)", "unknown (prior ~0.98)": one short human label; the reason says more. */
export function availabilityLabel(r: AvailabilityResult): string {
  const prior = r.prior !== undefined ? ` ~${r.prior.toFixed(2)}` : "";
  return `${r.status} (${r.source}${prior})`;
}

function parsePositive(name: string, value: string | undefined, max: number, whole: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0 && n <= max) || (whole && !Number.isInteger(n)))
    throw new AvailabilityInputError(
      "bad_option",
      `--${name} must be a ${whole ? "whole " : ""}number from 1 to ${max}`,
    );
  return n;
}

interface CheckFlags {
  hostConcurrency?: string;
  hostRate?: string;
  json?: boolean;
  bootstrap?: string;
  budget: string;
  timeout: string;
  dnsServer?: string;
  dns: boolean;
  cache: string | boolean;
  zone?: string[];
  offline?: boolean;
}

export function registerAvailabilityCommands(program: Command, io: AvailabilityCliIo = stdio): void {
  program
    .command("check")
    .description("check whether domains are available (RDAP at the registry; DNS, zone files and a cache for taken)")
    .argument("<domain...>", "domain names, e.g. brewbean.com")
    .option("--json", 'print {"results":[{"domain","status","source","reason"?}]}')
    .option("--bootstrap <file>", "RDAP bootstrap file (default: $NAMEWRIGHT_RDAP_BOOTSTRAP or the shipped snapshot)")
    .option("--budget <ms>", "time limit for the whole check; names without an answer by then are unknown", "10000")
    .option("--timeout <ms>", "time limit for one RDAP request", "5000")
    .option(
      "--dns-server <addr>",
      "DNS resolver for the NS/SOA pre-check (default: $NAMEWRIGHT_DNS_SERVER or the system's)",
    )
    .option("--no-dns", "skip the DNS pre-check")
    .option("--cache <file>", "SQLite answer cache (default: $NAMEWRIGHT_AVAILABILITY_CACHE or ~/.cache/namewright)")
    .option("--no-cache", "neither read nor write the cache")
    .option("--zone <file...>", "zone index file(s) built by `namewright zone build`")
    .option("--offline", "no network: cache and zone indexes, then an estimate (source prior)")
    .option("--host-concurrency <n>", "RDAP requests in flight per registry host (default 2)")
    .option("--host-rate <n>", "RDAP request starts per second per registry host (default 4)")
    .action(async (domains: string[], flags: CheckFlags) => {
      const { checkDomains, normalizeDomain } = await impl();
      const bad: string[] = [];
      for (const d of domains) {
        try {
          normalizeDomain(d);
        } catch (e) {
          bad.push((e as Error).message);
        }
      }
      if (bad.length > 0) throw new AvailabilityInputError("invalid_domain", bad.join("\n"));
      const { options, close } = await openCheckOptions(
        {
          bootstrap: flags.bootstrap,
          budgetMs: parseMs("budget", flags.budget),
          timeoutMs: parseMs("timeout", flags.timeout),
          dnsServer: flags.dns ? flags.dnsServer : false,
          cache: flags.cache === false ? false : typeof flags.cache === "string" ? flags.cache : undefined,
          zones: flags.zone,
          offline: flags.offline,
          hostConcurrency: parsePositive("host-concurrency", flags.hostConcurrency, 64, true),
          hostRate: parsePositive("host-rate", flags.hostRate, 1000, false),
        },
        io.err,
      );
      try {
        const results = await checkDomains(domains, options);
        if (flags.json) io.out(JSON.stringify({ results }));
        else
          for (const r of results)
            io.out(`${r.domain.padEnd(30)} ${availabilityLabel(r).padEnd(18)} ${r.reason ?? ""}`.trimEnd());
      } finally {
        close();
      }
    });

  program
    .command("update-bootstrap")
    .description("download the IANA RDAP bootstrap (which registry serves which TLD) over the shipped snapshot")
    .option("--url <url>", "where to download it from", "https://data.iana.org/rdap/dns.json")
    .option("--out <file>", "where to write it (default: the shipped snapshot)")
    .action(async (flags: { url: string; out?: string }) => {
      const { updateBootstrap } = await impl();
      const r = await updateBootstrap({ url: flags.url, out: flags.out });
      io.out(`wrote ${r.out}: ${r.entries} TLDs with RDAP, published ${r.publication}`);
    });

  const zone = program.command("zone").description("zone-file indexes (compact membership of a TLD's zone)");
  zone
    .command("build")
    .description("build an index from an ICANN CZDS zone file (.txt.gz or .txt)")
    .argument("<zonefile>", "the zone file, e.g. com.txt.gz")
    .requiredOption("--out <file>", "where to write the index")
    .option("--tld <tld>", "the zone's TLD (default: from its SOA record)")
    .action(async (file: string, flags: { out: string; tld?: string }) => {
      const { buildZoneIndexFromFile } = await zoneImpl();
      const t0 = performance.now();
      const index = await buildZoneIndexFromFile(file, {
        tld: flags.tld,
        onProgress: (lines, names) => io.err(`zone build: ${lines} lines, ${names} names`),
      });
      index.save(flags.out);
      io.out(
        `wrote ${flags.out}: .${index.tld}, ${index.count} names, ${index.bitsPerName.toFixed(2)} bits/name, ` +
          `${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    });
}
