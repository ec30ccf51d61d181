/**
 * Reading a judge's reply: JSON (possibly fenced in ``` or surrounded by prose, from servers that ignore
 * response_format), validated against the schema's shape.
 */
import { z } from "zod";

export const PointwiseReply = z.object({ score: z.number().min(0).max(10), reason: z.string().max(2000).optional() });
export const PairwiseReply = z.object({ winner: z.enum(["A", "B", "tie"]), reason: z.string().max(2000).optional() });

/** The first JSON object in the text, or null. */
export function extractJson(text: string): unknown {
  const t = text
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/```\s*$/, "");
  try {
    return JSON.parse(t);
  } catch {
    // fall through: find a balanced {...}
  }
  const start = t.indexOf("{");
  if (start < 0) return null;
  let depth = 0;
  let inStr = false;
  for (let i = start; i < t.length; i++) {
    const c = t[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      try {
        return JSON.parse(t.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}
