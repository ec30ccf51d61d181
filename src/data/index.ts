/** Public surface of the data module: the industry taxonomy (and, as they land, the dataset builder). */
export { INDUSTRIES, SECTORS, industryById, industriesInSector } from "./taxonomy.js";
export type { BusinessNoun, Gender, Industry } from "./taxonomy.js";
