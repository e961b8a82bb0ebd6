import type { ApolloServer, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode } from "./errors.js";

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

/** What `/health` answers: 200 with the body when `healthy`, else 503. */
export interface HealthReport {
  healthy: boolean;
  body: Record<string, unknown>;
}

/**
 * A node:http handler for Apollo Server in the manner of its standalone server, with our own
 * body limit (413 past `maxBodyBytes`, measured while reading so a large body is never buffered
 * whole), JSON parsing with a clear 400, permissive CORS (no credentials are involved; Apollo's
 * CSRF prevention stays on) and a `/health` probe.
 *
 * Status codes follow the GraphQL-over-HTTP spec: a request error (the document does not parse,
 * does not validate, is over a limit, or its variables do not fit) is 400 when the response is
 * `application/graphql-response+json`, and 200 when it is `application/json` (a client that asks
 * only for plain JSON reads errors from the body, as the spec says for that media type).
 */
export function createHttpHandler<TContext extends object>(input: {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  maxBodyBytes: number;
  onError: (error: unknown) => void;
  /** The `/health` probe; without one, `/health` answers 200 `{"status":"ok"}`. */
  health?: () => Promise<HealthReport>;
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
        const report = input.health === undefined ? { healthy: true, body: { status: "ok" } } : await input.health();
        res.writeHead(report.healthy ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(report.body));
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
      const request: HTTPGraphQLRequest = { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body };
      const response = await input.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => input.context(req) });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        if (res.statusCode === 400 && isPlainJson(response.headers.get("content-type")) && isRequestError(response.body.string)) {
          res.statusCode = 200;
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
      // The rest of a body too large to read is drained before the answer, not cut off: a client
      // still sending it would otherwise see its connection reset (ECONNRESET, or EPIPE if the
      // answer came first and closed the connection) instead of the 413.
      if (status === 413 && !(await drain(req))) return;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    }
  };
}

/** Most bytes of an over-large body read and thrown away before the 413, and for how long. */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
const DRAIN_MAX_MS = 10_000;

/**
 * Reads the rest of the request body and throws it away. True once it has all been read; false
 * when it was over DRAIN_MAX_BYTES or took over DRAIN_MAX_MS, and the connection was cut instead.
 */
function drain(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    let drained = 0;
    const cut = () => {
      clearTimeout(timer);
      req.destroy();
      resolve(false);
    };
    const timer = setTimeout(cut, DRAIN_MAX_MS);
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_MAX_BYTES) cut();
    });
    req.once("end", () => {
      clearTimeout(timer);
      resolve(true);
    });
    req.once("error", cut);
    req.resume();
  });
}

// Reads with events rather than `for await`: leaving a `for await` early destroys the stream,
// which resets the connection before the 413 can be sent.
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge(declared, maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.off("end", onEnd);
      req.pause();
      reject(tooLarge(size, maxBytes));
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", reject);
  });
}

function isPlainJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/** A response without `data` whose errors all say the request itself was refused before execution. */
function isRequestError(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    return (
      !("data" in parsed) &&
      Array.isArray(parsed.errors) &&
      parsed.errors.length > 0 &&
      parsed.errors.every((e) => typeof e.extensions?.code === "string" && REQUEST_ERROR_CODES.has(e.extensions.code))
    );
  } catch {
    return false;
  }
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
