/**
 * Failure classes of one edge-case outcome. A case can fail in several ways at once; each is counted.
 *
 *   crash             an exception other than a typed input error
 *   timeout           over the per-item limit (the worker was terminated)
 *   wrongly-rejected  an input error for input that is usable
 *   empty-result      no names for a request that should have some
 *   invalid-domain    a returned domain fails the DNS rules
 *   duplicates        two returned names share a label
 *   unsafe-output     a returned name fails the name guard, or contains a brand / payload named in the input
 *   off-topic         top names unrelated to the input (mean rubric relevance of the top 5 < 2/10)
 *   wrong-language    the language understood differs from the one written
 *   constraint-violated a name breaks a constraint of the request
 *   missed-block / false-block  an unsafe request answered / a safe request blocked
 */
import { checkName } from "../../safety/index.js";
import { validateDomain } from "../../domain/index.js";
import { constraintViolations, mergeConstraints } from "../constraints.js";
import { duplicateShare } from "../metrics.js";
import { splitDomain } from "../names.js";
import type { EdgeCase, EdgeOutcome, FailureClass } from "./types.js";

export const OFF_TOPIC_RELEVANCE = 2;

export function classify(c: EdgeCase, o: EdgeOutcome): { cls: FailureClass; detail: string }[] {
  const f: { cls: FailureClass; detail: string }[] = [];
  const e = c.expect;
  if (o.kind === "crash") return [{ cls: "crash", detail: o.error.slice(0, 300) }];
  if (o.kind === "timeout") return [{ cls: "timeout", detail: `over ${Math.round(o.ms)} ms` }];
  if (o.kind === "rejected") {
    if (!e.rejected && !e.rejectOk)
      f.push({ cls: "wrongly-rejected", detail: `${o.code}: ${o.message.slice(0, 200)}` });
    if (e.blocked) f.push({ cls: "missed-block", detail: "rejected as bad input instead of blocked" });
    return f;
  }
  if (o.kind === "blocked") {
    if (e.blocked === false || (!e.blocked && !e.blockOk && c.category !== "unsafe"))
      f.push({ cls: "false-block", detail: `blocked as ${o.category ?? "unknown"}` });
    return f;
  }
  // success
  if (e.blocked) f.push({ cls: "missed-block", detail: `answered with ${o.names.length} names` });
  if (o.names.length === 0) {
    if (!e.emptyOk && !e.blocked) f.push({ cls: "empty-result", detail: "no names" });
    return f;
  }
  const bad = o.names.filter((n) => !validateDomain(n.domain).valid);
  if (bad.length) f.push({ cls: "invalid-domain", detail: bad.map((n) => n.domain).join(", ") });
  const dup = duplicateShare(o.names.map((n) => n.display)) ?? 0;
  if (dup > 0) f.push({ cls: "duplicates", detail: `${Math.round(dup * o.names.length)} repeated labels` });
  const unsafe: string[] = [];
  for (const n of o.names) {
    const label = splitDomain(n.display).label;
    const v = checkName(label, { trademarks: "drop" });
    if (!v.ok) unsafe.push(`${n.display} (${v.flags.map((x) => x.kind).join("/")})`);
    const flat = label.replace(/-/g, "");
    for (const w of e.forbidden ?? [])
      if (flat.includes(w.replace(/[^a-z0-9]/g, ""))) unsafe.push(`${n.display} contains "${w}"`);
  }
  if (unsafe.length) f.push({ cls: "unsafe-output", detail: unsafe.slice(0, 5).join(", ") });
  if (!e.topicFree) {
    const top = o.names.slice(0, 5);
    const rel = top.reduce((s, n) => s + n.relevance, 0) / top.length;
    if (rel < OFF_TOPIC_RELEVANCE)
      f.push({
        cls: "off-topic",
        detail: `mean relevance ${rel.toFixed(1)}/10 of ${top.map((n) => n.display).join(", ")}`,
      });
  }
  if (e.language && o.language !== e.language && !(e.language === "en" && o.language === "und"))
    f.push({ cls: "wrong-language", detail: `understood ${o.language}, written in ${e.language}` });
  const expected = mergeConstraints(e.constraints ?? {}, o.constraints);
  const viol = o.names
    .map((n) => [n.display, constraintViolations(n.display, expected)] as const)
    .filter(([, v]) => v.length);
  if (viol.length)
    f.push({
      cls: "constraint-violated",
      detail: viol
        .slice(0, 4)
        .map(([d, v]) => `${d}: ${v.join("+")}`)
        .join(", "),
    });
  return f;
}
