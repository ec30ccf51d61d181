import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { LANGUAGES } from "../../src/core/types.js";
import {
  addTargets,
  buildDataset,
  COMPLEXITIES,
  DatasetFormatError,
  NearDuplicateIndex,
  parseRecords,
  registerDataCommands,
  type DatasetRecord,
} from "../../src/dataset/index.js";
import { industryById } from "../../src/taxonomy/index.js";
import { Rng } from "../../src/core/random.js";
import { nounPhrase } from "../../src/dataset/grammar.js";
import { makeMessy } from "../../src/dataset/messy.js";

const SMALL = { seed: 7, size: 1400 };
const built = buildDataset(SMALL);

test("the build is reproducible for a seed and differs across seeds", () => {
  const again = buildDataset(SMALL);
  assert.deepEqual(again.records, built.records);
  const other = buildDataset({ seed: 8, size: 1400 });
  assert.notDeepEqual(other.records.slice(0, 50), built.records.slice(0, 50));
});

test("a small build covers every language, complexity and split, with unique ids", () => {
  const r = built.records;
  for (const lang of LANGUAGES)
    assert.ok(
      r.some((x) => x.language === lang),
      lang,
    );
  for (const c of COMPLEXITIES)
    assert.ok(
      r.some((x) => x.complexity === c),
      c,
    );
  for (const s of ["train", "val", "test"])
    assert.ok(
      r.some((x) => x.split === s),
      s,
    );
  assert.equal(new Set(r.map((x) => x.id)).size, r.length);
  assert.ok(r.some((x) => x.messy.length > 0) && r.some((x) => x.messy.length === 0));
  for (const x of r.filter((y) => y.complexity === "minimal")) {
    assert.ok(x.business_description.trim().split(/\s+/).length >= 3, x.business_description);
  }
});

test("held-out industries and families never reach train", () => {
  const h = built.heldOut;
  assert.ok(h.testIndustries.length >= 10 && h.testFamilies.length >= 6);
  for (const x of built.records) {
    if (x.split === "train") {
      assert.ok(!h.testIndustries.includes(x.industry) && !h.valIndustries.includes(x.industry), x.industry);
      assert.ok(
        !h.testFamilies.includes(x.template_family) && !h.valFamilies.includes(x.template_family),
        x.template_family,
      );
    }
    if (h.testIndustries.includes(x.industry) || h.testFamilies.includes(x.template_family))
      assert.equal(x.split, "test");
  }
});

test("every structured constraint is stated in the text", () => {
  let checked = 0;
  for (const x of built.records) {
    const text = x.business_description.toLowerCase();
    const c = x.constraints;
    for (const t of c.tlds ?? []) assert.ok(text.includes(`.${t}`), `${x.id}: .${t} missing in ${text}`);
    for (const w of c.mustInclude ?? []) assert.ok(text.includes(w), `${x.id}: ${w} missing in ${text}`);
    if (c.maxLength !== undefined) assert.ok(text.includes(String(c.maxLength)), `${x.id}: ${c.maxLength} missing`);
    if (c.mustInclude) for (const w of c.mustInclude) assert.match(w, /^[a-z]{3,8}$/);
    checked += Object.keys(c).length > 0 ? 1 : 0;
  }
  assert.ok(checked > built.records.length * 0.25, `only ${checked} records with constraints`);
});

test("no exact or near duplicates inside a build", () => {
  const idx = new NearDuplicateIndex(0.8);
  built.records.forEach((x, i) => {
    assert.equal(idx.find(x.business_description), null, x.business_description);
    idx.add(x.business_description, i);
  });
});

test("near-duplicate index: catches small edits and accents, keeps different texts", () => {
  const idx = new NearDuplicateIndex(0.8);
  const base = "We are opening a small family bakery in Lyon next spring and need a warm, modern name.";
  idx.add(base, 0);
  assert.equal(
    idx.find("we are opening a small family bakery in lyon next spring and need a warm modern name!!")?.kind,
    "exact",
  );
  assert.equal(
    idx.find("We are opening a small family bakery in Lyon next spring and need a warm, modern nam.")?.kind,
    "near",
  );
  assert.equal(idx.find("Cybersecurity consultancy for hospitals in Toronto, no hyphens."), null);
});

test("articles, possessives and German cases agree with the business noun", () => {
  const n = (id: string, lang: "en" | "es" | "fr" | "de" | "pt" | "it") => industryById(id)!.noun[lang];
  assert.equal(nounPhrase("en", n("ai_startup", "en"), null, "indef"), "an AI startup");
  assert.equal(nounPhrase("en", n("seo_agency", "en"), null, "indef"), "an SEO agency");
  assert.equal(nounPhrase("en", n("saas", "en"), null, "indef"), "a SaaS startup");
  assert.equal(
    nounPhrase("es", n("bakery", "es"), { m: "pequeño", f: "pequeña", pre: true }, "indef"),
    "una pequeña panadería",
  );
  assert.equal(nounPhrase("fr", n("hostel", "fr"), null, "def"), "l'auberge de jeunesse");
  assert.equal(nounPhrase("fr", n("ai_startup", "fr"), null, "my"), "ma start-up d'intelligence artificielle");
  assert.equal(nounPhrase("it", n("photography_studio", "it"), null, "indef"), "uno studio fotografico");
  assert.equal(nounPhrase("it", n("funeral_home", "it"), null, "indef"), "un'agenzia funebre");
  assert.equal(
    nounPhrase("de", n("home_care", "de"), { m: "klein", f: "klein" }, "indef", "acc"),
    "einen kleinen ambulanten Pflegedienst",
  );
  assert.equal(nounPhrase("de", n("vegan_restaurant", "de"), null, "def", "dat"), "dem veganen Restaurant");
  assert.equal(nounPhrase("de", n("cannabis_dispensary", "de"), null, "indef"), "eine Cannabis-Abgabestelle");
  assert.equal(nounPhrase("pt", n("coffee_shop", "pt"), null, "our"), "nossa cafeteria");
});

test("messiness never changes the tokens a constraint depends on", () => {
  const text =
    "Necesito un dominio para una panadería en Málaga. Requisitos: solo .com.mx, máximo 8 letras y que incluya la palabra «grano».";
  for (let seed = 0; seed < 300; seed++) {
    const m = makeMessy(new Rng(seed), text, "food_drink", "es", 1);
    const low = m.text.toLowerCase();
    assert.ok(low.includes(".com.mx") && low.includes("8") && low.includes("grano"), m.text);
    assert.ok(m.messy.length >= 1);
  }
});

test("parseRecords validates every line and names the bad one", () => {
  const good = JSON.stringify(built.records[0]);
  assert.equal(parseRecords(`${good}\n\n${good}\n`, "x.jsonl").length, 2);
  assert.throws(
    () => parseRecords(`${good}\n{"id": 1}\n`, "x.jsonl"),
    (e: unknown) => e instanceof DatasetFormatError && e.code === "DATA_BAD_FILE" && /x\.jsonl:2/.test(e.message),
  );
  assert.throws(() => parseRecords(`not json`, "y.jsonl"), /y\.jsonl:1: not valid JSON/);
  const bad = { ...built.records[0], language: "xx" };
  assert.throws(() => parseRecords(JSON.stringify(bad), "z.jsonl"), /z\.jsonl:1: language/);
});

test("addTargets fills targets, resumes from its checkpoint and honours a deadline", async () => {
  const dir = await mkdtemp(join(tmpdir(), "nw-targets-"));
  try {
    const records: DatasetRecord[] = built.records.slice(0, 20);
    const checkpoint = join(dir, "ck.jsonl");
    let calls = 0;
    const gen = async (text: string) => {
      calls++;
      return [
        { domain: `n${text.length}.com`, score: 7.26 },
        { domain: "b.com", score: 6 },
        { domain: "c.com", score: 5 },
        { domain: "d.com", score: 4 },
      ];
    };
    const first = await addTargets(records.slice(0, 10), gen, { checkpoint, perRecord: 3 });
    assert.equal(calls, 10);
    assert.deepEqual(first[0].targets?.[0], { domain: `n${records[0].business_description.length}.com`, score: 7.3 });
    assert.equal(first[0].targets?.length, 3);
    const second = await addTargets(records, gen, { checkpoint });
    assert.equal(calls, 20, "checkpointed records are not regenerated");
    assert.deepEqual(second.slice(0, 10), first);
    const late = await addTargets(records, gen, { deadline: Date.now() - 1 });
    assert.ok(late.every((r) => r.targets === undefined));
    assert.ok((await readFile(checkpoint, "utf8")).split("\n").filter(Boolean).length === 20);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("`data build` writes the splits and manifest; bad options are input errors", async () => {
  const dir = await mkdtemp(join(tmpdir(), "nw-data-"));
  const out: string[] = [];
  const progress: string[] = [];
  const io = { out: (t: string) => void out.push(t), progress: (t: string) => void progress.push(t), tty: false };
  try {
    const program = new Command("namewright").exitOverride();
    registerDataCommands(program, io);
    await program.parseAsync(["data", "build", "--seed", "3", "--size", "300", "--out", join(dir, "ds")], {
      from: "user",
    });
    assert.ok(
      progress.some((p) => /100%/.test(p)),
      "progress reaches 100%",
    );
    const summary = JSON.parse(out.join(""));
    assert.equal(summary.seed, 3);
    assert.ok(summary.total > 250);
    const manifest = JSON.parse(await readFile(join(dir, "ds", "manifest.json"), "utf8"));
    assert.equal(manifest.seed, 3);
    assert.ok(
      (await readFile(join(dir, "DATASET_CARD.md"), "utf8")).includes("| language | train | val | test | total |"),
    );
    await writeFile(join(dir, "ds", "val.jsonl"), "garbage\n");
    const p2 = new Command("namewright").exitOverride();
    registerDataCommands(p2, io);
    await assert.rejects(
      p2.parseAsync(["data", "build", "--seed", "-4"], { from: "user" }),
      (e: unknown) => (e as { code?: string }).code === "DATA_BAD_OPTION",
    );
    assert.throws(
      () => buildDataset({ seed: 1, size: 5 }),
      (e: unknown) => (e as { code?: string }).code === "DATA_BAD_SIZE",
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("constraintAgreement scores a parser against the stated constraints", async () => {
  const { constraintAgreement } = await import("../../src/dataset/index.js");
  const records = built.records;
  const perfect = (text: string) => {
    const r = records.find((x) => x.business_description === text)!;
    return {
      tlds: r.constraints.tlds ?? [],
      allowDigits: r.constraints.allowDigits ?? true,
      allowHyphens: r.constraints.allowHyphens ?? true,
      maxLength: r.constraints.maxLength,
      mustInclude: r.constraints.mustInclude ?? [],
      style: r.constraints.style ?? ("any" as const),
    };
  };
  const a = constraintAgreement(records, perfect);
  for (const kind of Object.keys(a.recall)) assert.equal(a.recall[kind].all.recall, 1, kind);
  assert.equal(a.spurious.found, 0);
  const blind = () => ({
    tlds: [],
    allowDigits: true,
    allowHyphens: true,
    maxLength: undefined,
    mustInclude: [],
    style: "any" as const,
  });
  const b = constraintAgreement(records, blind);
  for (const kind of Object.keys(b.recall)) assert.equal(b.recall[kind].all.recall, 0, kind);
  assert.ok(b.recall.tlds.all.n > 0 && b.recall.tlds.en !== undefined);
});
