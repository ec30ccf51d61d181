export { buildReport, type ReportOptions, type ReportResult } from "./build.js";
export { renderSvg } from "./svg.js";
