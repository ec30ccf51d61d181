/**
 * One JSON schema per route: Fastify validates requests with it, serialises responses with it, and the
 * OpenAPI document is generated from it, so the three cannot drift apart. The TypeScript types below
 * mirror the schemas field for field.
 *
 * The homework's response is exact: `{"suggestions":[{"domain","confidence"}],"status":"success"}` or
 * `{"suggestions":[],"status":"blocked","message":"Request contains inappropriate content"}`. Fields beyond
 * those appear only when the request asks for them (`explain`, `check`).
 */
import { LANGUAGES, type SupportedLanguage } from "../core/types.js";
import { MAX_DESCRIPTION_LENGTH } from "../understand/index.js";
import { MAX_COUNT } from "../generate/index.js";

export interface SuggestBody {
  business_description: string;
  count?: number;
  tlds?: string[];
  max_length?: number;
  lang?: SupportedLanguage;
  check?: boolean;
  explain?: boolean;
  /** Domains the user liked: the list is re-ranked toward them ("more like this"); they are not repeated. */
  more_like?: string[];
  /** Domains already shown, left out of this list (paging through "more"). */
  exclude?: string[];
}

/** Labels and suffixes in LDH form ("com", "co.uk", ".io"); the pipeline validates them fully. */
const TLD_PATTERN = "^\\.?[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63}){0,3}$";
const DOMAIN = { type: "string", minLength: 3, maxLength: 253 } as const;

export const suggestBodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["business_description"],
  properties: {
    business_description: {
      type: "string",
      minLength: 1,
      // The pipeline's own limit applies after Unicode normalisation and names the length it saw; this
      // bound only keeps oversized strings out of it.
      maxLength: MAX_DESCRIPTION_LENGTH * 2,
      description: "What the business does, in English, Spanish, French, German, Portuguese or Italian.",
    },
    count: { type: "integer", minimum: 1, maximum: MAX_COUNT, description: "How many names (default 10)." },
    tlds: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      items: { type: "string", pattern: TLD_PATTERN },
      description: 'Allowed TLDs or public suffixes, e.g. ["com","io","co.uk"].',
    },
    max_length: { type: "integer", minimum: 1, maximum: 63, description: "Longest name label, in characters." },
    lang: { type: "string", enum: [...LANGUAGES], description: "The description's language, instead of detecting it." },
    check: {
      type: "boolean",
      description: "Check registration availability (only on a server configured with an availability checker).",
    },
    explain: { type: "boolean", description: "Add the display form, a short 'why' and sub-scores to each name." },
    more_like: { type: "array", maxItems: 20, items: DOMAIN, description: "Liked domains: re-rank toward them." },
    exclude: { type: "array", maxItems: 200, items: DOMAIN, description: "Domains to leave out of the list." },
  },
} as const;

export interface SuggestionOut {
  domain: string;
  confidence: number;
  display?: string;
  why?: string;
  reasons?: string[];
  score?: number;
  source?: string;
  available?: boolean | null;
}

export interface SuggestReply {
  suggestions: SuggestionOut[];
  status: "success" | "blocked";
  message?: string;
  category?: string | null;
  understanding?: { language: string; industry: string | null; location: string | null; keywords: string[] };
  experiment?: { id: string; variant: string };
}

export const suggestReplySchema = {
  type: "object",
  required: ["suggestions", "status"],
  properties: {
    suggestions: {
      type: "array",
      items: {
        type: "object",
        required: ["domain", "confidence"],
        properties: {
          domain: { type: "string" },
          confidence: { type: "number" },
          display: { type: "string" },
          why: { type: "string" },
          reasons: { type: "array", items: { type: "string" } },
          score: { type: "number" },
          source: { type: "string" },
          available: { type: ["boolean", "null"] },
        },
      },
    },
    status: { type: "string", enum: ["success", "blocked"] },
    message: { type: "string" },
    category: { type: ["string", "null"] },
    understanding: {
      type: "object",
      properties: {
        language: { type: "string" },
        industry: { type: ["string", "null"] },
        location: { type: ["string", "null"] },
        keywords: { type: "array", items: { type: "string" } },
      },
    },
    experiment: { type: "object", properties: { id: { type: "string" }, variant: { type: "string" } } },
  },
} as const;

/** Every error of the API (except the OpenAI-compatible route, which uses OpenAI's shape). */
export const errorSchema = {
  type: "object",
  required: ["status", "code", "message"],
  properties: {
    status: { type: "string", enum: ["error"] },
    code: { type: "string" },
    message: { type: "string" },
  },
} as const;

export const EVENT_TYPES = ["impression", "copy", "save", "like", "dislike", "more_like_this"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventBody {
  type: EventType;
  domain?: string;
}

export const eventBodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { type: "string", enum: [...EVENT_TYPES] },
    domain: DOMAIN,
  },
} as const;

export interface ChatBody {
  model?: string;
  messages: Array<{ role: string; content: string | Array<{ type: string; text?: string }> | null }>;
  n?: number;
  stream?: boolean;
  temperature?: number;
  max_tokens?: number;
  response_format?: { type: string };
}

export const chatBodySchema = {
  type: "object",
  required: ["messages"],
  properties: {
    model: { type: "string", maxLength: 200 },
    messages: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      items: {
        type: "object",
        required: ["role", "content"],
        properties: {
          role: { type: "string", enum: ["system", "user", "assistant", "developer", "tool"] },
          content: {
            anyOf: [
              { type: "string", maxLength: 20_000 },
              { type: "null" },
              {
                type: "array",
                maxItems: 50,
                items: {
                  type: "object",
                  required: ["type"],
                  properties: { type: { type: "string" }, text: { type: "string", maxLength: 20_000 } },
                },
              },
            ],
          },
        },
      },
    },
    n: { type: "integer", minimum: 1, maximum: 1 },
    stream: { type: "boolean" },
    temperature: { type: "number", minimum: 0, maximum: 2 },
    max_tokens: { type: "integer", minimum: 1 },
    response_format: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
  },
} as const;

export interface CheckQuery {
  domain: string;
}

export const checkQuerySchema = {
  type: "object",
  additionalProperties: false,
  required: ["domain"],
  properties: { domain: DOMAIN },
} as const;
