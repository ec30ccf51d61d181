/**
 * DNS pre-check: a name delegated in its TLD's zone (an NS set, RFC 1034 §4.2.2) or with its own SOA is
 * registered, so it is "taken" without an RDAP request. The converse does not hold: registered names can
 * be undelegated (EPP "serverHold", "clientHold", "inactive"), so NXDOMAIN proves nothing and the caller
 * goes on to RDAP. Resolver failures (timeouts, SERVFAIL, refused) likewise conclude nothing.
 */
import { Resolver } from "node:dns/promises";

export interface DnsPrecheckOptions {
  /** Resolver addresses ("127.0.0.1:5353", "[::1]:53"); default: the system's resolvers. */
  servers?: readonly string[];
  /** Per-query timeout (ms). */
  timeoutMs?: number;
}

export type DnsVerdict = { delegated: true; reason: string } | { delegated: false; reason: string };

export class DnsPrecheck {
  private readonly resolver: Resolver;

  constructor(options: DnsPrecheckOptions = {}) {
    this.resolver = new Resolver({ timeout: options.timeoutMs ?? 1500, tries: 1 });
    if (options.servers && options.servers.length > 0) this.resolver.setServers([...options.servers]);
  }

  /** NS, then SOA; never throws. */
  async check(domain: string): Promise<DnsVerdict> {
    try {
      const ns = await this.resolver.resolveNs(domain);
      if (ns.length > 0) return { delegated: true, reason: `delegated in DNS (NS ${ns.slice(0, 2).join(", ")})` };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOTFOUND") return { delegated: false, reason: "NXDOMAIN (not proof of availability)" };
      if (code !== "ENODATA") return { delegated: false, reason: `DNS look-up failed (${code ?? "error"})` };
    }
    try {
      const soa = await this.resolver.resolveSoa(domain);
      return { delegated: true, reason: `has its own SOA in DNS (${soa.nsname})` };
    } catch (e) {
      return { delegated: false, reason: `no NS or SOA (${(e as NodeJS.ErrnoException).code ?? "error"})` };
    }
  }

  /** Cancels queries in flight (they end with ECANCELLED). */
  close(): void {
    this.resolver.cancel();
  }
}
