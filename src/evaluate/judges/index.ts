export { RubricJudge } from "./rubric.js";
export { LearnedNameJudge } from "./learned.js";
export { resolveJudge } from "./resolve.js";
export { HttpJudge, httpJudgeFromEnv, type HttpJudgeOptions } from "./http.js";
export { GgufJudge, type GgufJudgeOptions } from "./gguf.js";
export { JudgeCache, contentKey } from "./cache.js";
export {
  rubricInstructions,
  pointwiseMessages,
  pairwiseMessages,
  POINTWISE_SCHEMA,
  PAIRWISE_SCHEMA,
  type ChatMessage,
} from "./prompt.js";
export { extractJson } from "./parse.js";
export {
  combineOrders,
  type JudgeInput,
  type Judgement,
  type NameJudge,
  type PairwiseJudge,
  type PairJudgement,
  type PairVerdict,
} from "./types.js";
