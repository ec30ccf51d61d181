/**
 * Vega-Lite spec -> SVG string, in Node, without a browser or canvas: vega's headless View renders to
 * SVG with its built-in text-width estimate (no font metrics needed). vega is imported on first use, so
 * code that only needs other parts of src/evaluate (e.g. calibratedConfidence in the pipeline) does not
 * pay for loading it.
 */
import type { TopLevelSpec } from "vega-lite";

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [{ View, parse }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
