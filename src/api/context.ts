import type { Database } from "../db/database.js";
import type { Loaders } from "./loaders.js";
import type { NameMatches } from "./name-matches.js";

/** A write of one transcript, as the `ingestTranscript` mutation asks for it. */
export interface IngestRequest {
  text: string;
  fileName: string;
  format: string | null;
}

/** What the write path reports back: the loaded call's graph id and what was written. */
export interface IngestReport {
  callId: string;
  status: "loaded" | "unchanged";
  turns: number;
  facts: number;
}

/** Loads one transcript text into the graph; supplied by the caller of `createApiServer`. */
export type IngestTranscript = (db: Database, request: IngestRequest) => Promise<IngestReport>;

/** What every resolver receives. Built per request; loaders are never shared across requests. */
export interface ApiContext {
  db: Database;
  loaders: Loaders;
  /** Whom analyst name filters matched, shared by the server's requests until the graph changes. */
  nameMatches: NameMatches;
  /** Whether the request carried the configured API key; false when no key is configured. */
  authenticated: boolean;
  /** Whether the server has an API key configured at all (writes are off without one). */
  writesEnabled: boolean;
  ingest: IngestTranscript | null;
}
