import type { Extraction } from "../model/facts.js";
import type { Transcript } from "../model/transcript.js";

/** Placeholder until the extract stage lands; its owner replaces this file. Finds nothing yet. */
export function extract(_transcript: Transcript): Extraction {
  return { metrics: [], topics: [], mentions: { organizations: [], people: [] }, outcomes: [] };
}
