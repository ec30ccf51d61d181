/**
 * The web page in a real headless Chromium (Debian's chromium driven by playwright-core): type a
 * description, submit, see names with confidence and a why, like one, get more like it, save, a blocked
 * request, bad input. Skipped with a notice where no Chromium is installed (.ci/run installs it).
 * NW_SCREENSHOT=path saves a screenshot of the results (experiments/serve/screenshot.png is one).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { createServer, SqliteEventStore } from "../../src/server/index.js";

/** The page's DOM inside page.evaluate callbacks (this project compiles without the DOM library). */
declare const document: any;

function findChromium(): string | null {
  for (const p of [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ])
    if (p && existsSync(p)) return p;
  return null;
}

test("the page in headless Chromium: suggest, like, more like this, save, blocked, bad input", async (t) => {
  const executablePath = findChromium();
  if (!executablePath) {
    t.skip("Chromium not installed (apt-get install chromium); browser test skipped");
    return;
  }
  const events = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), "nw-page-")), "events.sqlite"));
  const app = await createServer({ generator: "lexical", workers: 1, rateLimit: false, events });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(url);
    assert.equal(await page.title(), "Namewright: domain names for your business");

    // Every form control has a label (accessible names for screen readers).
    const unlabelled = await page.$$eval("input, textarea, select", (els) =>
      els.filter((e) => !document.querySelector(`label[for="${e.id}"]`)).map((e) => e.id),
    );
    assert.deepEqual(unlabelled, []);

    // Type, submit, see names with a confidence and a short why.
    await page.fill("#description", "organic coffee shop in downtown area");
    await page.fill("#count", "5");
    await page.click("#submit");
    await page.waitForSelector("#results li:nth-child(5)");
    const first = await page.$$eval("#results li", (lis) => lis.map((li) => li.getAttribute("data-domain")!));
    assert.equal(first.length, 5);
    for (const li of await page.$$("#results li")) {
      assert.match((await li.$eval(".confidence", (e) => e.textContent)) ?? "", /^confidence \d+%$/);
      assert.ok(((await li.$eval(".why", (e) => e.textContent)) ?? "").length > 0);
    }

    // Like one: the button is pressed and "more like this" appears; then more like it.
    const liked = first[1]!;
    await page.click(`button[aria-label="Like ${liked}"]`);
    assert.equal(await page.getAttribute(`button[aria-label="Like ${liked}"]`, "aria-pressed"), "true");
    await page.click(`button[aria-label="Save ${first[0]}"]`);
    await page.waitForSelector(`#saved li[data-domain="${first[0]}"]`);
    if (process.env.NW_SCREENSHOT) {
      mkdirSync(dirname(process.env.NW_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: process.env.NW_SCREENSHOT, fullPage: true });
    }
    assert.ok(await page.isVisible("#more"));
    await page.click("#more");
    await page.waitForFunction((old) => {
      const now = [...document.querySelectorAll("#results li")].map((li) => li.getAttribute("data-domain"));
      return now.length === 5 && now.every((d) => !old.includes(d!));
    }, first);
    const more = await page.$$eval("#results li", (lis) => lis.map((li) => li.getAttribute("data-domain")!));
    assert.equal(more.length, 5);

    // The like, save and more_like_this events reached the store.
    for (let i = 0; i < 100 && (await events.eventCount()) < 3; i++) await new Promise((r) => setTimeout(r, 20));
    const stored = await events.domains();
    assert.ok(stored.includes(liked), "the like was stored");
    assert.ok(stored.includes(first[0]!), "the save was stored");

    // A blocked request: a clear message, no names.
    await page.fill("#description", "adult content website with explicit nude content");
    await page.click("#submit");
    await page.waitForSelector("#error:not([hidden])");
    assert.match((await page.textContent("#error")) ?? "", /Request contains inappropriate content/);
    assert.equal(await page.$$eval("#results li", (l) => l.length), 0);

    // Bad input: caught in the page (empty, out of range) and by the server (nothing usable).
    await page.fill("#description", "");
    await page.click("#submit");
    assert.match((await page.textContent("#error")) ?? "", /Describe the business/);
    await page.fill("#description", "bakery");
    await page.fill("#count", "500");
    await page.click("#submit");
    assert.match((await page.textContent("#error")) ?? "", /Names must be a whole number from 1 to 100/);
    await page.fill("#count", "5");
    await page.fill("#description", "12345");
    await page.click("#submit");
    await page.waitForFunction(() =>
      /no words to build a name from/.test(document.getElementById("error")!.textContent ?? ""),
    );
  } finally {
    await browser.close();
    await app.close();
    await events.close();
  }
});

test("the page shows an availability badge per name when the server checks availability", async (t) => {
  const executablePath = findChromium();
  if (!executablePath) {
    t.skip("Chromium not installed (apt-get install chromium); browser test skipped");
    return;
  }
  // Alternating answers, and one the checker could not give: the badge never says "available" for it.
  const checker = {
    async checkDomains(domains: string[]) {
      return domains.map((domain, i) => ({ domain, available: i === 2 ? null : i % 2 === 0 }));
    },
  };
  const app = await createServer({ generator: "lexical", workers: 1, rateLimit: false, checker });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.fill("#description", "organic coffee shop in downtown area");
    await page.fill("#count", "4");
    await page.click("#submit");
    await page.waitForSelector("#results li:nth-child(4) .badge");
    const badges = await page.$$eval("#results li .badge", (els) => els.map((e) => e.textContent));
    assert.deepEqual(badges, ["available", "taken", "availability unknown", "taken"]);
  } finally {
    await browser.close();
    await app.close();
  }
});
