import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, validate, type GraphQLSchema, type ValidationRule } from "../../src/api/graphql-js.js";
import { armorProtection } from "../../src/api/limits.js";
import { apiSchema } from "../../src/api/schema.js";
import * as queries from "../../web/src/queries.js";

// The page's operations against the server's schema and the server's own validation rules (depth,
// aliases, cost): an API change or a limit that breaks the dashboard fails here, by name, before
// any browser runs.
describe("the dashboard's GraphQL operations", () => {
  let schema: GraphQLSchema;
  const rules = armorProtection({ introspection: false }).validationRules as ValidationRule[];
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
    expect(validate(schema, parse(text), rules).map((error) => error.message)).toEqual([]);
  });
});
