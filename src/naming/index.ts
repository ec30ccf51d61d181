/**
 * Naming knowledge mined from the ground truth's expert references (training writers only): which words
 * experts bring into names for businesses like a request, and which TLDs they choose. Read by the crafted
 * generator (to build names) and the learned judge (as features of any name).
 */
export {
  loadKnowledge,
  indexKnowledge,
  knowledgePath,
  knowledgeStats,
  encodeEntry,
  decodeEntry,
  KNOWLEDGE_VERSION,
} from "./knowledge.js";
export type { KnowledgeEntry, KnowledgeFile, KnowledgePiece, NamingKnowledge } from "./knowledge.js";
export { namingContext, labelForm, labelFormIn, mentionsAI, placeLabel, readsOffline } from "./context.js";
export type { NamingContext, Concept, Neighbour } from "./context.js";
export { adultWordForChildren, crisisMeans, heldWord, unwantedWord, wordsUnfitFor } from "./unwanted.js";
export { conceptNames, conceptNameTable } from "./concept-names.js";
export { isNonConcept } from "./nonconcepts.js";
export { boundElsewhere, placeBoundNames, placeBoundPath } from "./place-bound.js";
export type { PlaceBoundEntry } from "./place-bound.js";
