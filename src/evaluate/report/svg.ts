/**
 * Vega-Lite spec -> SVG string, in Node, without a browser or canvas: vega's headless View renders to
 * SVG with its built-in text-width estimate (no font metrics needed).
 */
import { View, parse } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vg = compile(spec).spec;
  const view = new View(parse(vg), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
