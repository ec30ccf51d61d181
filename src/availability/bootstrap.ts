/**
 * The IANA RDAP bootstrap registry for domain names (RFC 9224): which RDAP server answers for which TLD.
 *
 * The file is {"version", "publication", "services": [[[labels...], [base URLs...]], ...]}. A name is served
 * by the entry with the longest matching label suffix (RFC 9224 §4: "example.co.uk" matches "co.uk" before
 * "uk"); HTTPS base URLs are preferred over HTTP (RFC 9224 §4, RFC 7481 §3). A snapshot ships as
 * data/built/rdap-dns-bootstrap.json (its own "publication" field dates it); `namewright update-bootstrap`
 * refreshes it, and `--bootstrap FILE` or NAMEWRIGHT_RDAP_BOOTSTRAP points at another file (tests use one
 * that names a server on localhost).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";
import { AvailabilityDataError } from "./errors.js";

export const IANA_DNS_BOOTSTRAP_URL = "https://data.iana.org/rdap/dns.json";
export const BOOTSTRAP_ENV = "NAMEWRIGHT_RDAP_BOOTSTRAP";
/** Larger than any real bootstrap file (the IANA one is ~70 KB) by far; a bound on untrusted input. */
const MAX_BOOTSTRAP_BYTES = 16 * 1024 * 1024;

export function shippedBootstrapPath(): string {
  return builtPath("rdap-dns-bootstrap.json");
}

export class RdapBootstrap {
  readonly publication: string;
  /** Where the file came from (a path or URL), for messages. */
  readonly source: string;
  private readonly servers = new Map<string, string[]>();

  constructor(services: ReadonlyMap<string, readonly string[]>, publication: string, source: string) {
    for (const [k, v] of services) this.servers.set(k, [...v]);
    this.publication = publication;
    this.source = source;
  }

  /** Number of label entries (TLDs, mostly) with a server. */
  get size(): number {
    return this.servers.size;
  }

  /**
   * RDAP base URLs (each ending in "/") for an ASCII domain name, HTTPS first; empty when its TLD has
   * no RDAP service in this bootstrap.
   */
  serversFor(domain: string): readonly string[] {
    const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
    for (let i = 1; i < labels.length; i++) {
      const hit = this.servers.get(labels.slice(i).join("."));
      if (hit) return hit;
    }
    return [];
  }
}

function fail(source: string, why: string): never {
  throw new AvailabilityDataError("bad_bootstrap", `${source} is not an RDAP DNS bootstrap file: ${why}`);
}

/** Parses and checks a bootstrap file's text (untrusted: every field is checked before use). */
export function parseBootstrap(text: string, source: string): RdapBootstrap {
  if (text.length > MAX_BOOTSTRAP_BYTES) fail(source, "larger than 16 MiB");
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(source, `not JSON (${(e as Error).message})`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) fail(source, "not a JSON object");
  const { services, publication } = doc as { services?: unknown; publication?: unknown };
  if (!Array.isArray(services)) fail(source, 'no "services" array');
  const map = new Map<string, string[]>();
  services.forEach((entry: unknown, i: number) => {
    if (!Array.isArray(entry) || entry.length < 2 || !Array.isArray(entry[0]) || !Array.isArray(entry[1]))
      fail(source, `services[${i}] is not [[labels...], [urls...]]`);
    const urls: string[] = [];
    for (const u of entry[1] as unknown[]) {
      if (typeof u !== "string") fail(source, `services[${i}] has a URL that is not a string`);
      let parsed: URL;
      try {
        parsed = new URL(u);
      } catch {
        fail(source, `services[${i}] has an invalid URL "${u}"`);
      }
      if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        fail(source, `services[${i}] has a URL that is not http(s): "${u}"`);
      urls.push(u.endsWith("/") ? u : `${u}/`);
    }
    // HTTPS first, keeping the file's order otherwise (a stable sort).
    urls.sort((a, b) => Number(b.startsWith("https:")) - Number(a.startsWith("https:")));
    for (const label of entry[0] as unknown[]) {
      if (typeof label !== "string" || label.length === 0) fail(source, `services[${i}] has an empty label`);
      if (urls.length > 0) map.set(label.toLowerCase().replace(/^\.|\.$/g, ""), urls);
    }
  });
  if (map.size === 0) fail(source, "no service has a URL");
  return new RdapBootstrap(map, typeof publication === "string" ? publication : "unknown", source);
}

let shipped: RdapBootstrap | undefined;

/**
 * The bootstrap to use: `path` when given, else NAMEWRIGHT_RDAP_BOOTSTRAP when set, else the shipped
 * snapshot (read once).
 */
export function loadBootstrap(path?: string): RdapBootstrap {
  const file = path ?? (process.env[BOOTSTRAP_ENV] || undefined);
  if (file === undefined) {
    shipped ??= readBootstrapFile(shippedBootstrapPath());
    return shipped;
  }
  return readBootstrapFile(file);
}

function readBootstrapFile(file: string): RdapBootstrap {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new AvailabilityDataError("no_bootstrap", `cannot read the RDAP bootstrap ${file}: ${(e as Error).message}`);
  }
  return parseBootstrap(text, file);
}

export interface UpdateBootstrapOptions {
  /** Default: IANA's https://data.iana.org/rdap/dns.json. */
  url?: string;
  /** Default: the shipped snapshot's path. */
  out?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Downloads the bootstrap, checks it parses, and replaces `out` atomically (write then rename), so a
 * failed or partial download never leaves a broken file behind.
 */
export async function updateBootstrap(
  options: UpdateBootstrapOptions = {},
): Promise<{ out: string; publication: string; entries: number }> {
  const url = options.url ?? IANA_DNS_BOOTSTRAP_URL;
  const out = options.out ?? shippedBootstrapPath();
  const doFetch = options.fetch ?? fetch;
  let text: string;
  try {
    const res = await doFetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      headers: { accept: "application/json" },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    throw new AvailabilityDataError("bootstrap_download", `cannot download ${url}: ${(e as Error).message}`);
  }
  const parsed = parseBootstrap(text, url);
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text.endsWith("\n") ? text : `${text}\n`);
    renameSync(tmp, out);
  } catch (e) {
    throw new AvailabilityDataError("bootstrap_write", `cannot write ${out}: ${(e as Error).message} (try --out FILE)`);
  }
  return { out, publication: parsed.publication, entries: parsed.size };
}
