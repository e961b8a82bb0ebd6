import "reflect-metadata";
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual, createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import type { ApiContext, IngestTranscript } from "./context.js";
import { formatApiError, type ErrorLogger } from "./errors.js";
import { createDashboardRoute } from "./dashboard-route.js";
import { createHttpHandler, type HealthReport } from "./http-handler.js";
import { asTokenLimitError, LIMITS, requestLimits } from "./limits.js";
import { createLoaders } from "./loaders.js";
import { NameMatches } from "./name-matches.js";
import { ResponseCache } from "./response-cache.js";
import { sandboxInitialState } from "./sandbox.js";
import { apiSchema } from "./schema.js";

export interface ApiServerOptions {
  db: Database;
  /** The key that guards writes; null switches writes off. */
  apiKey: string | null;
  /** Introspection and the Sandbox landing page (on by default; off for a hidden schema). */
  introspection: boolean;
  /** The write path behind `ingestTranscript`; null when this server offers none. */
  ingest: IngestTranscript | null;
  logger?: ErrorLogger;
  maxBodyBytes?: number;
  /** Answer repeated queries from memory until the graph changes (src/api/response-cache.ts); off unless set. */
  responseCache?: boolean;
}

export interface RunningApi {
  /** Base URL, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  port: number;
  httpServer: Server;
  apollo: ApolloServer<ApiContext & BaseContext>;
  /** Stops taking requests, lets running ones finish, and stops Apollo; the Database stays open. */
  stop(): Promise<void>;
}

const consoleLogger: ErrorLogger = {
  error: (message, error) => console.error(message, error),
};

/**
 * Starts the GraphQL API over HTTP on `port` (0 picks a free one) at `host`. The database is the
 * caller's: it is neither connected nor closed here.
 */
export async function startApiServer(options: ApiServerOptions & { port: number; host?: string }): Promise<RunningApi> {
  const logger = options.logger ?? consoleLogger;
  const httpServer = createServer();
  const limits = requestLimits({ introspection: options.introspection });
  const formatError = formatApiError(logger);
  const apollo = new ApolloServer<ApiContext>({
    schema: await apiSchema(),
    introspection: options.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // graphql-js reports its token limit as a syntax error; it is a limit, and says so.
    formatError: (formatted, error) => {
      const limit = formatted.extensions?.["code"] === "GRAPHQL_PARSE_FAILED" ? asTokenLimitError(formatted.message) : null;
      return limit === null ? formatError(formatted, error) : { message: limit.message, extensions: withoutHttp(limit.extensions) };
    },
    // Apollo's and armor's plugins are context-agnostic (typed for BaseContext).
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin wraps every field's resolver to read cache hints the API
      // never sets (the response cache here is keyed on the graph's state instead): a cost on
      // every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      options.introspection ? sandboxLandingPage() : ApolloServerPluginLandingPageDisabled(),
    ] as ApolloServerPlugin<ApiContext>[],
  });
  await apollo.start();
  const nameMatches = new NameMatches();
  const keyDigest = options.apiKey === null || options.apiKey === "" ? null : digest(options.apiKey);
  const handler = createHttpHandler({
    apollo,
    maxBodyBytes: options.maxBodyBytes ?? LIMITS.maxBodyBytes,
    onError: (error) => logger.error("HTTP handler error", error),
    cache: options.responseCache === true ? new ResponseCache({ stateToken: () => options.db.stateToken() }) : undefined,
    health: databaseHealth(options.db, logger),
    context: async (req) => ({
      db: options.db,
      loaders: createLoaders(options.db),
      nameMatches,
      writesEnabled: keyDigest !== null,
      authenticated: keyDigest !== null && presentedKey(req) !== null && timingSafeEqual(digest(presentedKey(req)!), keyDigest),
      ingest: options.ingest,
    }),
  });
  const dashboard = createDashboardRoute({ onError: (error) => logger.error("Dashboard build error", error) });
  httpServer.on("request", (req, res) => {
    if (dashboard.handles(req.url ?? "/")) void dashboard.serve(req, res);
    else void handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  const { port, address } = httpServer.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${port}/`,
    port,
    httpServer,
    apollo,
    stop: () => apollo.stop(),
  };
}

/** How long `/health` waits for the database before calling it unavailable. */
const HEALTH_PROBE_MS = 800;

/**
 * `/health`: 200 `{"status":"ok","database":"up"}` while Neo4j answers a query within
 * HEALTH_PROBE_MS, else 503 `{"status":"unavailable","database":"unavailable"}` (the reason is
 * logged, not sent: it names the database's address). Concurrent probes share one query.
 */
function databaseHealth(db: Database, logger: ErrorLogger): () => Promise<HealthReport> {
  let inFlight: Promise<HealthReport> | null = null;
  const probe = async (): Promise<HealthReport> => {
    const result = await db.isReachable(HEALTH_PROBE_MS);
    if (result.reachable) return { healthy: true, body: { status: "ok", database: "up" } };
    logger.error("Health probe: the database is unavailable", new Error(result.reason));
    return { healthy: false, body: { status: "unavailable", database: "unavailable" } };
  };
  return () => (inFlight ??= probe().finally(() => (inFlight = null)));
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _status, ...rest } = extensions;
  return rest;
}

/**
 * Apollo Sandbox on the landing page, opening with an example operation and its variables, and
 * with Sandbox's telemetry off. The page loads Sandbox from Apollo's CDN, so it needs the internet;
 * the API itself does not (offline, the page says Sandbox cannot be loaded).
 */
function sandboxLandingPage() {
  const initial = sandboxInitialState();
  return ApolloServerPluginLandingPageLocalDefault({
    embed: { runTelemetry: false },
    includeCookies: false,
    ...(initial === null ? {} : { document: initial.document, variables: initial.variables }),
  });
}

// Compared as SHA-256 digests so timingSafeEqual always sees equal lengths.
function digest(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

/** The key a request carries: `x-api-key`, or `Authorization: Bearer <key>`. */
function presentedKey(req: IncomingMessage): string | null {
  const header = req.headers["x-api-key"];
  if (typeof header === "string" && header !== "") return header;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
  return bearer?.[1]?.trim() ?? null;
}
