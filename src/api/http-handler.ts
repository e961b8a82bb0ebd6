import type { ApolloServer, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode } from "./errors.js";
import type { ResponseCache } from "./response-cache.js";

/** Says whether the response cache answered a request (`hit`) or stored its answer's place (`miss`). */
export const CACHE_HEADER = "x-response-cache";

/** Paths that serve the API (and, for a browser, the Sandbox landing page). */
export const API_PATHS = new Set(["/", "/graphql"]);

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A node:http handler for Apollo Server in the manner of its standalone server, with our own
 * body limit (413 past `maxBodyBytes`, measured while reading so a large body is never buffered
 * whole), JSON parsing with a clear 400, permissive CORS (no credentials are involved; Apollo's
 * CSRF prevention stays on) and a `/health` probe.
 */
export function createHttpHandler<TContext extends object>(input: {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  maxBodyBytes: number;
  onError: (error: unknown) => void;
  /** Answers repeated queries from memory while the graph is unchanged; absent: every request runs. */
  cache?: ResponseCache | undefined;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      res.setHeader("access-control-allow-origin", "*");
      if (req.method === "OPTIONS") {
        res.setHeader("access-control-allow-methods", "GET,POST,OPTIONS");
        res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "content-type");
        res.setHeader("access-control-max-age", "86400");
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === "/health") {
        res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
        return;
      }
      if (!API_PATHS.has(url.pathname)) {
        throw new HttpError(404, ErrorCode.NOT_FOUND, `No such path ${url.pathname}; the API is at / and /graphql`);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const body = req.method === "POST" ? parseBody(headers.get("content-type"), await readBody(req, input.maxBodyBytes)) : undefined;
      // Only JSON bodies reach the cache: Apollo's CSRF check lets every one of them through.
      const cacheKey = input.cache !== undefined && typeof body === "object" ? await input.cache.keyOf(body, headers.get("accept")) : null;
      const cached = cacheKey === null ? undefined : input.cache!.get(cacheKey);
      if (cached !== undefined) {
        for (const [key, value] of cached.headers) res.setHeader(key, value);
        res.setHeader(CACHE_HEADER, "hit");
        res.writeHead(cached.status).end(cached.body);
        return;
      }
      const request: HTTPGraphQLRequest = { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body };
      const response = await input.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => input.context(req) });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        if (cacheKey !== null) {
          input.cache!.offer(cacheKey, { status: res.statusCode, headers: [...response.headers], body: response.body.string });
          res.setHeader(CACHE_HEADER, "miss");
        }
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (!(error instanceof HttpError)) input.onError(error);
      const status = error instanceof HttpError ? error.status : 500;
      const code = error instanceof HttpError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
      const message = error instanceof HttpError ? error.message : "Internal server error";
      if (res.headersSent) {
        res.end();
        return;
      }
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
      if (status === 413) req.destroy();
    }
  };
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(size: number, maxBytes: number): HttpError {
  return new HttpError(413, ErrorCode.REQUEST_TOO_LARGE, `Expected a request body of at most ${maxBytes} bytes, found ${size} or more`);
}

// Only JSON bodies are parsed; Apollo answers any other content type with its own 400 (or its
// CSRF refusal), as the GraphQL-over-HTTP spec asks.
function parseBody(contentType: string | undefined, text: string): unknown {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  const charset = /charset=([^;]+)/i.exec(contentType ?? "")?.[1]?.trim().toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw new HttpError(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Expected a utf-8 request body, found charset ${charset}`);
  }
  if (type !== "application/json" && type !== "application/graphql-response+json") return text === "" ? undefined : text;
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, ErrorCode.BAD_REQUEST, `Expected a JSON request body, found invalid JSON: ${(error as Error).message}`);
  }
}
