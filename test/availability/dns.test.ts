/**
 * The DNS pre-check against a real DNS server on localhost (dns2, UDP and TCP on a free port):
 * NS or SOA answers mean taken; NXDOMAIN, SERVFAIL and silence never mean available.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import dns2 from "dns2";
import { checkDomains, DnsPrecheck, HostScheduler } from "../../src/availability/index.js";
import { startRdapFixture, writeBootstrap, type RdapFixture } from "./fixtures.js";

const { Packet } = dns2;
let server: ReturnType<typeof dns2.createServer>;
let address: string;
let rdap: RdapFixture;

before(async () => {
  server = dns2.createServer({
    udp: true,
    tcp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [q] = request.questions;
      const name = q.name.toLowerCase();
      const label = name.split(".")[0];
      // dns2's Resource type wants a class instance; plain records are what its encoder reads.
      const answer = (r: object) => response.answers.push(r as (typeof response.answers)[number]);
      if (label.startsWith("delegated") && q.type === Packet.TYPE.NS) {
        answer({
          name: q.name,
          type: Packet.TYPE.NS,
          class: Packet.CLASS.IN,
          ttl: 300,
          ns: "ns1.example.net",
        });
      } else if (label.startsWith("soaonly") && q.type === Packet.TYPE.SOA) {
        answer({
          name: q.name,
          type: Packet.TYPE.SOA,
          class: Packet.CLASS.IN,
          ttl: 300,
          primary: "ns1.example.net",
          admin: "hostmaster.example.net",
          serial: 1,
          refresh: 3600,
          retry: 600,
          expiration: 86400,
          minimum: 300,
        });
      } else if (label.startsWith("servfail")) {
        response.header.rcode = Packet.RCODE.SERVFAIL;
      } else if (label.startsWith("silent")) {
        return; // no answer at all: the resolver times out
      } else if (!label.startsWith("soaonly")) {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
      }
      send(response);
    },
  });
  const addrs = await server.listen({ udp: { port: 0, address: "127.0.0.1" }, tcp: { port: 0, address: "127.0.0.1" } });
  address = `127.0.0.1:${addrs.udp?.port}`;
  rdap = await startRdapFixture();
});

after(async () => {
  await server.close();
  await rdap.close();
});

test("NS answer: delegated; SOA at the name: delegated", async () => {
  const dns = new DnsPrecheck({ servers: [address], timeoutMs: 500 });
  try {
    const ns = await dns.check("delegated1.com");
    assert.equal(ns.delegated, true);
    assert.match(ns.reason, /ns1\.example\.net/);
    const soa = await dns.check("soaonly1.com");
    assert.equal(soa.delegated, true);
  } finally {
    dns.close();
  }
});

test("NXDOMAIN, SERVFAIL and a silent server conclude nothing", async () => {
  const dns = new DnsPrecheck({ servers: [address], timeoutMs: 300 });
  try {
    for (const name of ["nothing1.com", "servfail1.com", "silent1.com"]) {
      const v = await dns.check(name);
      assert.equal(v.delegated, false, name);
    }
    assert.match((await dns.check("nothing2.com")).reason, /NXDOMAIN \(not proof/);
  } finally {
    dns.close();
  }
});

test("checkDomains: a delegated name is taken without an RDAP request; NXDOMAIN goes on to RDAP", async () => {
  const dns = new DnsPrecheck({ servers: [address], timeoutMs: 500 });
  try {
    const n = rdap.requests.length;
    // The RDAP fixture would call both free (no known prefix): only RDAP may say available.
    const [d, x] = await checkDomains(["delegated2.com", "nothing3.com"], {
      bootstrap: writeBootstrap(rdap.base),
      scheduler: new HostScheduler({ defaults: { concurrency: 4, minIntervalMs: 0 } }),
      dns,
      budgetMs: 4000,
    });
    assert.deepEqual([d.status, d.source], ["taken", "dns"]);
    assert.deepEqual([x.status, x.source], ["available", "rdap"]);
    assert.deepEqual(
      rdap.requests.slice(n).map((r) => r.domain),
      ["nothing3.com"],
    );
  } finally {
    dns.close();
  }
});
