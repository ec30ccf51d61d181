/**
 * Public surface of the tokenizer: byte-level BPE trained by the project (deterministic), saved as
 * JSON, exportable as GGUF tokenizer metadata.
 */
export { Tokenizer, type TokenizerData } from "./tokenizer.js";
export { trainTokenizer, REQUIRED_SPECIALS, type TrainTokenizerOptions } from "./train.js";
export { tokenizerToGgufVocab } from "./gguf.js";
export { pretokenize } from "./pretokenize.js";
export { TokenizerError, type TokenizerErrorCode } from "./errors.js";
