import "reflect-metadata";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse, type OperationDefinitionNode, print } from "../../src/api/graphql-js.js";
import { Database } from "../../src/db/database.js";
import { ingestTranscript } from "../../src/api/ingest-transcript.js";
import { startApiServer, type RunningApi } from "../../src/api/server.js";
import { testConnection } from "./test-connection.js";
import { projectRoot } from "./paths.js";

export { corpusDir, hasCorpus, hasReference, referenceTranscript, sharedDir } from "./paths.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestApi {
  db: Database;
  api: RunningApi;
  /** POSTs one operation as JSON and returns the status and the parsed body. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like `gql`, with the response's headers. */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { headers: Headers }>;
  close(): Promise<void>;
}

export const TEST_API_KEY = "test-key-for-the-write-path";

/** A real API server on a free port over the test Neo4j, with the real write path. */
export async function startTestApi(
  options: { apiKey?: string | null; introspection?: boolean; maxBodyBytes?: number; responseCache?: boolean } = {},
): Promise<TestApi> {
  const db = Database.connect(testConnection());
  await db.migrate();
  const logged: unknown[] = [];
  const api = await startApiServer({
    db,
    port: 0,
    apiKey: options.apiKey === undefined ? TEST_API_KEY : options.apiKey,
    introspection: options.introspection ?? true,
    ingest: ingestTranscript,
    logger: { error: (_message, error) => logged.push(error) },
    responseCache: options.responseCache ?? false,
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  const post = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status, headers: response.headers };
  };
  return {
    db,
    api,
    async gql(query, variables, headers) {
      const { headers: _headers, ...response } = await post(query, variables, headers);
      return response as never;
    },
    post: (query, variables) => post(query, variables) as never,
    async close() {
      await api.stop();
      await db.close();
    },
  };
}

/** The named operations of schema/examples.graphql, each as its own document text. */
export function exampleOperations(): Map<string, string> {
  const document = parse(readFileSync(resolve(projectRoot, "schema/examples.graphql"), "utf8"));
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    const operation = definition as OperationDefinitionNode;
    if (operation.name) operations.set(operation.name.value, print(operation));
  }
  return operations;
}
