import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
// The CommonJS build, so it sees the one graphql copy the schema was built with (see graphql-js.ts).
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity/cjs";
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
} from "./graphql-js.js";
import { DEFAULT_PAGE_SIZE } from "./pagination.js";

/**
 * The request limits, each with room for every example operation in schema/examples.graphql and
 * for Sandbox's introspection query (introspection is exempt from depth and cost), and each
 * refusing what only a runaway or hostile client sends. Tests pin both sides of every limit.
 */
export const LIMITS = {
  /** Largest request body, in bytes (an ingested transcript travels in the body). */
  maxBodyBytes: 5 * 1024 * 1024,
  /** Deepest field nesting (companies → edges → node → calls → … counts each level). */
  maxDepth: 12,
  /** Most aliased fields in one operation. */
  maxAliases: 15,
  /**
   * Cost (see `costOf`): objects 2, scalars 1, ×1.5 per level, × the page size asked for (20 when
   * absent). A page is costed at its full size whatever a filter will leave of it: an analyst
   * looked up by name with 100 of their exchanges and each one's call costs about 125,000, the
   * heaviest example operation at page size 100 (CoverageNetwork) about 82,000; issue 15's bomb
   * (15 aliases of 100 turns × 100 turns) about 5,500,000, and 20 companies × 20 calls × 20
   * turns about 300,000.
   */
  maxCost: 200_000,
  /** Most lexer tokens in one document. */
  maxTokens: 3_000,
  /** Most directives in one operation. */
  maxDirectives: 30,
} as const;

/** The limit a refused request ran into, in `extensions.limit` of the error. */
export type LimitName = "depth" | "aliases" | "cost" | "tokens" | "directives";

/**
 * The error for a request over a limit: GRAPHQL_VALIDATION_FAILED (HTTP 400), with the limit's
 * name and maximum in `extensions`, and a message that names the limit and what was found.
 */
export function limitError(limit: LimitName, message: string): GraphQLError {
  const max = { depth: LIMITS.maxDepth, aliases: LIMITS.maxAliases, cost: LIMITS.maxCost, tokens: LIMITS.maxTokens, directives: LIMITS.maxDirectives }[limit];
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit, max, http: { status: 400 } } });
}

/**
 * Everything Apollo Server needs to enforce the limits:
 * - `parseOptions`: graphql-js's own token limit, applied while the one parse runs (graphql-armor's
 *   token plugin parses a second time in `parsingDidStart` and throws there, which Apollo answers
 *   with HTTP 500 for every syntax error);
 * - `validationRules`: graphql-armor's depth, alias and directive rules, which report our
 *   `limitError` instead of armor's own (whose messages begin "Syntax Error:");
 * - `plugins`: armor's field-suggestion blocking, and the cost limit, computed per request.
 *
 * The cost is not a validation rule: Apollo validates a document once and caches it, whatever
 * the variables, and armor's cost rule reads only literal page sizes, so `first: $n` with
 * `{"n": 100}` passed as cost 1. It is computed in `didResolveOperation`, for every request,
 * with the request's variables (graphql-query-complexity evaluates arguments as execution will).
 * Field suggestions ("Did you mean …?") stay on while introspection is on, and are blocked with
 * it, so they never leak a schema the server hides.
 */
export function requestLimits(options: { introspection: boolean }): {
  parseOptions: ParseOptions;
  validationRules: NonNullable<ReturnType<ApolloArmor["protect"]>["validationRules"]>;
  plugins: ApolloServerPlugin<BaseContext>[];
} {
  const report = (limit: LimitName): { onReject: GraphQLArmorRejectCallback[]; propagateOnRejection: false } => ({
    // Armor's messages read "Syntax Error: Query depth limit of 12 exceeded, found 13."; the
    // part after the prefix names the limit and what was found.
    onReject: [(context, error) => context?.reportError(limitError(limit, error.message.replace(/^Syntax Error: /, "")))],
    propagateOnRejection: false,
  });
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...report("depth") },
    maxAliases: { n: LIMITS.maxAliases, ...report("aliases") },
    maxDirectives: { n: LIMITS.maxDirectives, ...report("directives") },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
  return {
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: armor.validationRules ?? [],
    plugins: [...(armor.plugins as ApolloServerPlugin<BaseContext>[]), costLimitPlugin()],
  };
}

/** graphql-js's message when a document is over `maxTokens` (16.x spells it "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;

/** The token limit's error in place of graphql-js's "Syntax Error: Document contains more than …". */
export function asTokenLimitError(message: string): GraphQLError | null {
  const found = TOKEN_LIMIT_MESSAGE.exec(message);
  if (found === null) return null;
  return limitError("tokens", `Token limit of ${LIMITS.maxTokens} exceeded: the document has more than ${found[1]} tokens`);
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
/** Field selections costed at most; past it a document (fragments spread many times) is refused. */
const MAX_COSTED_NODES = 10_000;

/**
 * The cost of one field: a scalar costs 1; an object 2 plus 1.5 times what it selects, times the
 * number of items it may return: `first` (its default when absent) or the number of `ids`.
 * The arguments arrive evaluated with the request's variables and defaults, as execution sees them.
 * Introspection (`__schema`, `__type`) costs nothing, as Sandbox's query must always pass.
 */
export const costOf: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name === "__schema" || field.name === "__type") return 0;
  if (!isCompositeType(getNamedType(field.type))) return SCALAR_COST;
  const first: unknown = args["first"];
  const ids: unknown = args["ids"];
  const items = field.args.some((a) => a.name === "first")
    ? typeof first === "number" ? Math.max(first, 1) : DEFAULT_PAGE_SIZE
    : Array.isArray(ids) ? Math.max(ids.length, 1) : 1;
  return (OBJECT_COST + DEPTH_FACTOR * childComplexity) * items;
};

/** Costs remembered per document (Apollo hands the same parsed document for the same query text). */
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost of a request depends only on its document, operation and variables, so it is computed
 * once per document and set of variables and remembered (a dashboard sends the same few queries
 * with the same few variables again and again): costing walks the whole document with the
 * schema, which took a few percent of the server's CPU per request. At most COSTS_PER_DOCUMENT
 * sets of variables per document are kept, the oldest dropped first; documents Apollo drops from
 * its own cache are dropped here too (a WeakMap).
 */
function costLimitPlugin(): ApolloServerPlugin<BaseContext> {
  const costs = new WeakMap<object, Map<string, number | string | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (operation === undefined) return; // Apollo refuses the request itself
          const key = `${operation.name?.value ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
          let byVariables = costs.get(document);
          if (byVariables === undefined) costs.set(document, (byVariables = new Map()));
          let cost = byVariables.get(key);
          if (cost === undefined) {
            cost = requestCost({ schema, document, variables: request.variables ?? {}, operation });
            if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
            byVariables.set(key, cost);
          }
          if (typeof cost === "string") throw limitError("cost", cost);
          if (cost !== null && cost > LIMITS.maxCost) {
            throw limitError(
              "cost",
              `Query cost limit of ${LIMITS.maxCost} exceeded, found ${Math.ceil(cost)} ` +
                `(each list counts as many items as its \`first\`, ${DEFAULT_PAGE_SIZE} when absent; ask for smaller pages)`,
            );
          }
        },
      };
    },
  };
}

/**
 * The cost of one operation with its variables; null when the variables do not fit their types
 * (execution refuses the request before running anything, with Apollo's own error naming the
 * variable, so there is nothing to cost), and the message of the cost error when it cannot be bounded.
 */
function requestCost(input: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operation: OperationDefinitionNode;
}): number | string | null {
  const { schema, document, variables, operation } = input;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors !== undefined) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operation.name === undefined ? {} : { operationName: operation.name.value }),
      estimators: [costOf],
      maxQueryNodes: MAX_COSTED_NODES,
    });
  } catch (error) {
    return `Query cost could not be bounded: ${(error as Error).message}`;
  }
}
