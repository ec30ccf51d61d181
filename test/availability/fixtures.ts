/**
 * Local fixture servers for the availability tests (port 0, 127.0.0.1; nothing leaves the machine):
 * an RDAP server speaking RFC 9083 JSON whose behaviour is chosen by the queried label's prefix, and
 * helpers that write a bootstrap file pointing at it.
 */
import { createServer, type ServerResponse } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";

export type Behaviour =
  | "taken"
  | "free"
  | "reserved"
  | "redemption"
  | "inactive"
  | "ratelimit" // 429 with Retry-After: 1 on the first request for a name, then taken
  | "ratelimitlong" // 429 with Retry-After: 120, always
  | "error" // 500
  | "slow" // answers after 3 s
  | "malformed" // 200, not JSON
  | "truncjson" // 200, JSON cut in the middle (Content-Length matches)
  | "cutoff" // 200, Content-Length promises more than is sent, then the socket closes
  | "wrongname" // 200, a domain object for another name
  | "notdomain" // 200, an entity object
  | "redirect" // 307 to another host
  | "samehost"; // 307 to the same host, then free

const PREFIXES: Behaviour[] = [
  "ratelimitlong",
  "ratelimit",
  "redemption",
  "redirect",
  "reserved",
  "inactive",
  "samehost",
  "malformed",
  "truncjson",
  "cutoff",
  "wrongname",
  "notdomain",
  "taken",
  "free",
  "error",
  "slow",
];

export interface RdapFixture {
  base: string;
  /** Every request: the name asked for and when (ms since the server started). */
  requests: { domain: string; at: number }[];
  /** Most requests in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

function domainObject(name: string, status: string[]): string {
  return JSON.stringify({
    objectClassName: "domain",
    ldhName: name.toUpperCase(),
    status,
    rdapConformance: ["rdap_level_0"],
    events: [{ eventAction: "registration", eventDate: "2001-01-01T00:00:00Z" }],
  });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/rdap+json", ...headers });
  res.end(body);
}

/** Starts the RDAP fixture. Labels without a known prefix get `fallback(label)` (default: free). */
export async function startRdapFixture(fallback: (label: string) => Behaviour = () => "free"): Promise<RdapFixture> {
  const t0 = Date.now();
  const seen = new Map<string, number>();
  let inFlight = 0;
  const fixture: RdapFixture = { base: "", requests: [], maxInFlight: 0, close: async () => {} };
  const server = createServer((req, res) => {
    inFlight++;
    fixture.maxInFlight = Math.max(fixture.maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    if (req.url === "/dns.json")
      return send(
        res,
        200,
        JSON.stringify({ version: "1.0", publication: "2026-12-02T00:00:00Z", services: [[["com"], [fixture.base]]] }),
      );
    if (req.url === "/broken.json") return send(res, 200, '{"services": [[["com"]');
    const m = /^\/domain\/([^/?]+)$/.exec(req.url ?? "");
    if (!m) return send(res, 400, JSON.stringify({ errorCode: 400, title: "bad request" }));
    const name = decodeURIComponent(m[1]).toLowerCase();
    fixture.requests.push({ domain: name, at: Date.now() - t0 });
    const label = name.split(".")[0];
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const kind = PREFIXES.find((p) => label.startsWith(p)) ?? fallback(label);
    switch (kind) {
      case "taken":
        return send(res, 200, domainObject(name, ["active", "client transfer prohibited"]));
      case "free":
        return send(res, 404, JSON.stringify({ errorCode: 404, title: "not found" }));
      case "reserved":
        return send(res, 200, domainObject(name, ["reserved"]));
      case "redemption":
        return send(res, 200, domainObject(name, ["redemption period"]));
      case "inactive":
        return send(res, 200, domainObject(name, ["inactive"]));
      case "ratelimit":
        return n === 1 ? send(res, 429, "", { "retry-after": "1" }) : send(res, 200, domainObject(name, ["active"]));
      case "ratelimitlong":
        return send(res, 429, "", { "retry-after": "120" });
      case "error":
        return send(res, 500, "internal error");
      case "slow": {
        const t = setTimeout(() => send(res, 404, "{}"), 3000);
        res.on("close", () => clearTimeout(t));
        return;
      }
      case "malformed":
        return send(res, 200, "<html>not json</html>");
      case "truncjson": {
        const full = domainObject(name, ["active"]);
        return send(res, 200, full.slice(0, full.length >> 1));
      }
      case "cutoff": {
        const full = domainObject(name, ["active"]);
        res.writeHead(200, { "content-type": "application/rdap+json", "content-length": String(full.length + 100) });
        res.write(full.slice(0, 20));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      case "wrongname":
        return send(res, 200, domainObject(`other-${name}`, ["active"]));
      case "notdomain":
        return send(res, 200, JSON.stringify({ objectClassName: "entity", handle: "X" }));
      case "redirect":
        return send(res, 307, "", { location: `http://rdap.elsewhere.invalid/domain/${name}` });
      case "samehost":
        return n === 1 ? send(res, 307, "", { location: `/domain/free-${name}` }) : send(res, 404, "{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  fixture.base = `http://127.0.0.1:${port}/`;
  fixture.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fixture;
}

/** Writes an RFC 9224 bootstrap that sends `tlds` to `base`; returns its path. */
export function writeBootstrap(base: string, tlds: string[] = ["com", "net", "io"]): string {
  const dir = mkdtempSync(join(tmpdir(), "nw-avail-"));
  const file = join(dir, "dns.json");
  writeFileSync(
    file,
    JSON.stringify({
      version: "1.0",
      publication: "2026-12-01T00:00:00Z",
      services: [[tlds, [base]]],
    }),
  );
  return file;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "nw-avail-"));
}
