/** What the evaluation commands run, gathered so that src/evaluate/cli.ts can load it only when one runs. */
export { agreementBetween, agreementWithLabels, judgeScores, positionBias } from "./calibration/validate.js";
export { fitConfidence } from "./calibration/confidence.js";
export { loadCalibrationSet } from "./calibration/set.js";
export { compareRuns, formatComparison } from "./compare.js";
export { loadItems } from "./data.js";
export { categoryCases } from "./edge/inputs.js";
export { fuzzCases } from "./edge/fuzz.js";
export { formatEdgeTable, summarizeEdge } from "./edge/report.js";
export { runEdgeCases } from "./edge/runner.js";
export { resolveJudge } from "./judges/resolve.js";
export { buildReport } from "./report/build.js";
export { runEval } from "./run/run.js";
