export {
  EDGE_CATEGORIES,
  FAILURE_CLASSES,
  type EdgeCase,
  type EdgeCategory,
  type EdgeExpectation,
  type EdgeOutcome,
  type EdgeResult,
  type FailureClass,
} from "./types.js";
export { categoryCases } from "./inputs.js";
export { fuzzCases } from "./fuzz.js";
export { classify, OFF_TOPIC_RELEVANCE } from "./classify.js";
export { executeCase } from "./execute.js";
export { runEdgeCases, type EdgeRunOptions } from "./runner.js";
export { summarizeEdge, formatEdgeTable, type EdgeSummary } from "./report.js";
