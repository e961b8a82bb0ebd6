/**
 * The page's one way to the data: a GraphQL POST to this server's /graphql. JSON bodies pass
 * the server's CSRF prevention; errors come back as ApiError with the API's `extensions.code`
 * (or NETWORK / BAD_RESPONSE when there is no GraphQL answer at all) so views can say what went
 * wrong instead of drawing an empty chart.
 */

export const GRAPHQL_PATH = "/graphql";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("NETWORK", `Could not reach the API at ${GRAPHQL_PATH}: ${(error as Error).message}. Is the server still running?`);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError("BAD_RESPONSE", `The API answered HTTP ${response.status} with a body that is not JSON`);
  }
  const [first, ...more] = body.errors ?? [];
  if (first !== undefined) {
    const suffix = more.length > 0 ? ` (and ${more.length} more error${more.length === 1 ? "" : "s"})` : "";
    throw new ApiError(first.extensions?.code ?? `HTTP_${response.status}`, first.message + suffix);
  }
  if (body.data == null) throw new ApiError(`HTTP_${response.status}`, `The API answered HTTP ${response.status} without data`);
  return body.data;
}
