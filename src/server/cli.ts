/**
 * `namewright serve` and the commands around it:
 *   serve [--port 8080] [--host 127.0.0.1] [--data-dir DIR] [--generator KIND] [--workers N]
 *         [--experiments FILE] [--require-key] [--rate-limit N] [--log]
 *   serve-key <id> [--data-dir DIR]             make an API key; prints it once, stores its SHA-256
 *   ab report <experiment> [--metric like] [--effect 0.02] [--alpha 0.05] [--power 0.8] [--json] [--data-dir DIR]
 * The data directory holds events.sqlite (unless DATABASE_URL names a Postgres database), api-keys.json and,
 * optionally, experiments.json. Default: $NAMEWRIGHT_DATA_DIR, else $XDG_DATA_HOME/namewright, else
 * ~/.local/share/namewright.
 */
import type { Command } from "commander";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { InputError } from "../core/errors.js";
import type { GeneratorKind } from "../generate/index.js";

interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NAMEWRIGHT_DATA_DIR) return resolve(env.NAMEWRIGHT_DATA_DIR);
  const base = env.XDG_DATA_HOME ? resolve(env.XDG_DATA_HOME) : join(homedir(), ".local", "share");
  return join(base, "namewright");
}

function wholeNumber(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InputError("bad_option", `--${name} must be a whole number from ${min} to ${max}, got "${v}"`);
    return n;
  };
}

function fraction(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || n >= 1)
      throw new InputError("bad_option", `--${name} must be a number between 0 and 1, got "${v}"`);
    return n;
  };
}

interface ServeFlags {
  port: number;
  host: string;
  dataDir?: string;
  generator?: string;
  workers?: number;
  experiments?: string;
  requireKey?: boolean;
  rateLimit?: number;
  log?: boolean;
  check?: boolean;
}

export const KEYS_FILE = "api-keys.json";
export const EXPERIMENTS_FILE = "experiments.json";

export function registerServerCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("serve the HTTP API and the web page (Ctrl-C stops it gracefully)")
    .option("--port <n>", "TCP port (0 = any free port)", wholeNumber("port", 0, 65535), 8080)
    .option("--host <addr>", "address to listen on", "127.0.0.1")
    .option("--data-dir <dir>", "events database, API keys and experiments (default ~/.local/share/namewright)")
    .option(
      "--generator <kind>",
      "generator of requests outside an experiment: crafted (default), both, lexical or model",
    )
    .option("--no-check", 'no availability checking (GET /v1/check absent, "check": true refused)')
    .option("--workers <n>", "inference worker threads (default: cores, at most 4)", wholeNumber("workers", 1, 64))
    .option("--experiments <file>", "A/B experiments config (default: experiments.json in the data directory)")
    .option("--require-key", "refuse API requests without a valid API key")
    .option("--rate-limit <n>", "requests per minute per IP (per key: 5x)", wholeNumber("rate-limit", 1, 1_000_000))
    .option("--log", "log every request as a JSON line on stdout")
    .action(async (flags: ServeFlags) => {
      const server = await import("./index.js");
      const dataDir = resolve(flags.dataDir ?? defaultDataDir());
      mkdirSync(dataDir, { recursive: true });
      const experimentsFile = flags.experiments ?? join(dataDir, EXPERIMENTS_FILE);
      const experiments =
        flags.experiments || existsSync(experimentsFile) ? server.loadExperiments(experimentsFile) : [];
      const apiKeys = server.ApiKeys.load(join(dataDir, KEYS_FILE));
      const events = await server.openEventStore({ dataDir, databaseUrl: process.env.DATABASE_URL });
      let app;
      try {
        app = await server.createServer({
          generator: flags.generator as GeneratorKind | undefined,
          workers: flags.workers,
          experiments,
          events,
          apiKeys,
          requireKey: Boolean(flags.requireKey),
          rateLimit: flags.rateLimit ? { perIp: flags.rateLimit, perKey: flags.rateLimit * 5 } : undefined,
          logger: Boolean(flags.log),
          // RDAP through the IANA bootstrap (NAMEWRIGHT_RDAP_BOOTSTRAP for another), one shared polite queue.
          checker: flags.check === false ? undefined : server.availabilityChecker(),
        });
      } catch (e) {
        await events.close();
        throw e;
      }
      const url = await app.listen({ port: flags.port, host: flags.host });
      const active = experiments.find((e) => e.active);
      io.err(
        `namewright: serving on ${url} (events: ${events.kind === "postgres" ? "postgres (DATABASE_URL)" : join(dataDir, server.EVENTS_FILE)}` +
          `${active ? `; experiment ${active.id}` : ""}${apiKeys.size > 0 ? `; ${apiKeys.size} API keys` : ""})`,
      );
      // Graceful shutdown: stop accepting, let running requests finish, stop the workers, close the store.
      await new Promise<void>((done) => {
        const stop = (signal: string) => {
          process.off("SIGINT", onInt);
          process.off("SIGTERM", onTerm);
          io.err(`namewright: ${signal}: finishing running requests`);
          done();
        };
        const onInt = () => stop("SIGINT");
        const onTerm = () => stop("SIGTERM");
        process.on("SIGINT", onInt);
        process.on("SIGTERM", onTerm);
      });
      await app.close();
      await events.close();
      io.err("namewright: stopped");
      setExit(0);
    });

  program
    .command("serve-key")
    .description("make an API key for `namewright serve`: prints the key once and stores only its SHA-256")
    .argument("<id>", "a name for the key (letters, digits, _ . -)")
    .option("--data-dir <dir>", "the server's data directory")
    .action(async (id: string, flags: { dataDir?: string }) => {
      const { createApiKey } = await import("./index.js");
      const dataDir = resolve(flags.dataDir ?? defaultDataDir());
      mkdirSync(dataDir, { recursive: true });
      io.out(createApiKey(join(dataDir, KEYS_FILE), id));
    });

  const ab = program.command("ab").description("A/B experiments");
  ab.command("report")
    .description("per-variant rates with confidence intervals, a two-proportion test and the sample size needed")
    .argument("<experiment>", "experiment id")
    .option("--metric <event>", "the event counted as a conversion (default: the experiment's metric, else like)")
    .option("--effect <d>", "absolute effect for the sample size", fraction("effect"), 0.02)
    .option("--alpha <a>", "significance level", fraction("alpha"), 0.05)
    .option("--power <p>", "power for the sample size", fraction("power"), 0.8)
    .option("--control <variant>", "the variant the others are compared with (default: the first)")
    .option("--experiments <file>", "experiments config (default: experiments.json in the data directory)")
    .option("--data-dir <dir>", "the server's data directory")
    .option("--json", "print the report as JSON")
    .action(
      async (
        id: string,
        flags: {
          metric?: string;
          effect: number;
          alpha: number;
          power: number;
          control?: string;
          experiments?: string;
          dataDir?: string;
          json?: boolean;
        },
      ) => {
        const server = await import("./index.js");
        const dataDir = resolve(flags.dataDir ?? defaultDataDir());
        const file = flags.experiments ?? join(dataDir, EXPERIMENTS_FILE);
        const configured = existsSync(file) ? server.loadExperiments(file).find((e) => e.id === id) : undefined;
        const metric = flags.metric ?? configured?.metric ?? "like";
        if (!process.env.DATABASE_URL && !existsSync(join(dataDir, server.EVENTS_FILE)))
          throw new InputError("no_events", `no event store in ${dataDir}; pass --data-dir or set DATABASE_URL`);
        const store = await server.openEventStore({ dataDir, databaseUrl: process.env.DATABASE_URL });
        try {
          const counts = await store.counts(id, metric);
          if (counts.length === 0)
            throw new InputError("no_experiment", `no exposures recorded for experiment "${id}"`);
          const report = server.abReport(id, metric, counts, {
            alpha: flags.alpha,
            power: flags.power,
            effect: flags.effect,
            control: flags.control ?? configured?.variants[0]?.id,
          });
          io.out(flags.json ? JSON.stringify(report) : server.formatAbReport(report));
          setExit(0);
        } finally {
          await store.close();
        }
      },
    );
}
