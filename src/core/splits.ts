/**
 * The writer splits of the hand-written ground truth (data/sources/descriptions/SPLITS.md), in one place for
 * every module that trains on it: the model's fine-tuning data and the request guard's "safe" examples.
 * Splits are by writer, so no writer's voice or businesses reach two splits.
 */

/** Writers whose descriptions (and expert names) are training data. */
export const TRAINING_WRITERS: readonly string[] = [
  "w1",
  "w2",
  "w3",
  "w6",
  "w7",
  "w8",
  "w9",
  "w10",
  "w11",
  "w12",
  "w13",
  "w14",
  "w15",
  "w16",
  "w17",
  "w20",
  "w21",
  "w22",
  "w23",
  "w24",
  "w25",
  "w26",
];
/** The validation writer: model selection, thresholds, false-block checks. */
export const VALIDATION_WRITERS: readonly string[] = ["w4"];
/**
 * Writers of the development splits, dev2 (w27-w29, realistic descriptions), dev3 (w30, short requests typed into
 * a name box), dev4 (w31-w34, realistic descriptions in new voices), dev5 (w35-w38, all non-English) and dev6
 * (w39-w42, realistic descriptions in the README's mix, new voices): their
 * descriptions are for judging rounds only and feed nothing else (no concept list, neighbour,
 * reference, pool label, reranker fit or guard training), so a round on them measures what a change does on text
 * none of the naming knowledge was written from.
 */
export const DEV_WRITERS: readonly string[] = [
  "w27",
  "w28",
  "w29",
  "w30",
  "w31",
  "w32",
  "w33",
  "w34",
  "w35",
  "w36",
  "w37",
  "w38",
  "w39",
  "w40",
  "w41",
  "w42",
];
/** Writers of the test splits (test1: w5; test2: w18, w19): never training or validation data. */
export const TEST_WRITERS: readonly string[] = ["w5", "w18", "w19"];
