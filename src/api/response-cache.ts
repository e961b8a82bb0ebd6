import { LRUCache } from "lru-cache";
import { getOperationAST, parse } from "./graphql-js.js";

/** An HTTP answer as Apollo wrote it. */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ResponseCacheOptions {
  /**
   * A token for the state of the graph, read once per request: equal tokens mean no write has
   * committed in between (Database.stateToken). Null, or a throw, means "unknown": not cached.
   */
  stateToken: () => Promise<string | null>;
  /** Memory the answers may take, about (UTF-16 characters × 2); the least recently used go first. */
  maxBytes?: number;
}

/** 64 MiB: a dashboard's answers are 1 to 100 KB, so thousands of them. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Whole HTTP answers to read operations, kept in memory until the graph changes. The graph changes
 * only when a transaction that writes commits (a call's load, from this process or any other), so
 * each request reads the graph's state token (one `RETURN 1` round trip) and an answer is reused
 * only under the token it was computed under. Tokens never come back, so an answer from before a
 * load is never served after it; the old answers are dropped when a new token is first seen.
 *
 * Cached: POST requests with a JSON body whose operation is a query (never a mutation), answered
 * 200 without errors. The key is the token, the query text, the operation name, the variables and
 * the Accept header (which picks the answer's content type). A request reads the token before it
 * runs, so an answer that a concurrent load changed half-way is stored under the old token, which
 * no later request asks for.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, CachedResponse>;
  /** Whether a query text (with its operation name) asks a query operation; parsed once. */
  private readonly readOnly = new LRUCache<string, boolean>({ max: 1000 });
  private token: string | null = null;

  constructor(private readonly options: ResponseCacheOptions) {
    this.answers = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes ?? DEFAULT_CACHE_BYTES,
      sizeCalculation: (answer, key) => 2 * (answer.body.length + key.length) + 200,
    });
  }

  /**
   * The key of a request's answer under the graph's current state; null when the request is not
   * one the cache answers (not a query, not JSON, or the state is unknown).
   */
  async keyOf(body: unknown, accept: string | undefined): Promise<string | null> {
    const request = graphqlRequest(body);
    if (request === null || !this.isQuery(request.query, request.operationName)) return null;
    let token: string | null;
    try {
      token = await this.options.stateToken();
    } catch {
      return null;
    }
    if (token === null) return null;
    if (token !== this.token) {
      this.token = token;
      this.answers.clear();
    }
    return JSON.stringify([token, accept ?? "", request.query, request.operationName, request.variables]);
  }

  get(key: string): CachedResponse | undefined {
    return this.answers.get(key);
  }

  /** Keeps an answer when it is a complete success (200, no errors). */
  offer(key: string, answer: CachedResponse): void {
    if (answer.status !== 200 || hasErrors(answer.body)) return;
    this.answers.set(key, answer);
  }

  private isQuery(query: string, operationName: string | null): boolean {
    const memo = `${operationName ?? ""}\n${query}`;
    let known = this.readOnly.get(memo);
    if (known === undefined) {
      try {
        known = getOperationAST(parse(query), operationName)?.operation === "query";
      } catch {
        known = false;
      }
      this.readOnly.set(memo, known);
    }
    return known;
  }
}

interface GraphQLRequest {
  query: string;
  operationName: string | null;
  variables: unknown;
}

/** The parts of a GraphQL-over-HTTP JSON body that decide its answer; null for anything else. */
function graphqlRequest(body: unknown): GraphQLRequest | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== "string" || extensions != null) return null;
  if (operationName != null && typeof operationName !== "string") return null;
  return { query, operationName: operationName ?? null, variables: variables ?? null };
}

function hasErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown } | null;
    return parsed === null || typeof parsed !== "object" || parsed.errors !== undefined;
  } catch {
    return true;
  }
}
