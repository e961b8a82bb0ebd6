import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { getNamedType, isEnumType, isNonNullType, parse, typeFromAST, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "../../src/api/graphql-js.js";
import { getComplexity } from "graphql-query-complexity/cjs";
import { costOf, LIMITS, requestLimits } from "../../src/api/limits.js";
import { apiSchema } from "../../src/api/schema.js";
import * as queries from "../../web/src/queries.js";

// The page's operations against the server's schema and the server's own validation rules (depth,
// aliases, cost): an API change or a limit that breaks the dashboard fails here, by name, before
// any browser runs.
/** A placeholder for each required variable (none of the page's variables is a page size). */
function requiredVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== "OperationDefinition") continue;
    for (const v of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type);
      if (!type || !isNonNullType(type)) continue;
      const named = getNamedType(type);
      out[v.variable.name.value] = isEnumType(named) ? named.getValues()[0]!.value : named.name === "Int" || named.name === "Float" ? 1 : named.name === "Boolean" ? false : "x";
    }
  }
  return out;
}

describe("the dashboard's GraphQL operations", () => {
  let schema: GraphQLSchema;
  const rules = requestLimits({ introspection: false }).validationRules as ValidationRule[];
  beforeAll(async () => {
    schema = await apiSchema();
  });
  const operations = (Object.entries(queries) as [string, unknown][]).filter((entry): entry is [string, string] => typeof entry[1] === "string");

  it("are all there", () => {
    expect(operations.map(([name]) => name).sort()).toEqual(
      ["ANALYST_SUGGESTIONS", "ANALYST_VIEW", "COMPANY_SUGGESTIONS", "COMPANY_VIEW", "MENTIONS_PANEL", "OVERVIEW", "QUOTE_PANEL", "SEARCH_VIEW", "TOPIC_SUGGESTIONS", "TOPIC_VIEW", "TURN_PANEL"].sort(),
    );
  });

  it.each(operations)("%s is valid and within the server's limits", (_name, text) => {
    const document = parse(text, { maxTokens: LIMITS.maxTokens });
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
    // The cost as the server computes it per request; the page's variables never raise a page size
    // past the literal or default one, so costing with none is costing what the page sends.
    expect(getComplexity({ schema, query: document, variables: requiredVariables(schema, document), estimators: [costOf] })).toBeLessThanOrEqual(LIMITS.maxCost);
  });
});
