import "reflect-metadata";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLSchema,
} from "../../src/api/graphql-js.js";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSchema } from "../../src/api/schema.js";
import { EMIT_COMMAND, SCHEMA_FILE, schemaSdl } from "../../src/api/schema-sdl.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await apiSchema();
});

describe("schema/schema.graphql", () => {
  it("is what the code emits (run the emit command when this fails)", async () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    const emitted = await schemaSdl();
    if (committed !== emitted) {
      expect.fail(`schema/schema.graphql is stale: run \`${EMIT_COMMAND}\` and commit the result`);
    }
    expect(committed.startsWith("# DO NOT EDIT")).toBe(true);
  });
});

describe("the schema", () => {
  it("describes every type, field, argument, input field and enum value (what Sandbox shows)", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("makes every node type fetchable through the Node interface", () => {
    const node = schema.getType("Node");
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema.getPossibleTypes(node as never).map((t) => t.name).sort();
    expect(implementations).toEqual(
      ["Call", "Company", "Exchange", "Firm", "Metric", "MetricFact", "Organization", "Period", "Person", "Topic", "Turn"],
    );
    expect(isEnumType(schema.getType("Verdict"))).toBe(true);
  });

  it("gives every connection an orderBy and takes filters only through `filter:`", () => {
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = field.type.toString().replace(/!/g, "");
        const args = field.args.map((a) => a.name);
        if (returned.endsWith("Connection") && !args.includes("orderBy")) problems.push(`${type.name}.${field.name} has no orderBy`);
        const other = args.filter((a) => !["filter", "orderBy", "first", "after", "groupBy"].includes(a));
        // Lookups take a ref, search a query, series a metric, nodes ids; nothing else filters outside `filter:`.
        const allowed = ["ref", "id", "ids", "query", "metric", "kind", "text", "fileName", "format"];
        for (const name of other) if (!allowed.includes(name)) problems.push(`${type.name}.${field.name}(${name})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("accepts every example operation in schema/examples.graphql", () => {
    const examples = readFileSync(resolve(SCHEMA_FILE, "../examples.graphql"), "utf8");
    const document = parse(examples);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(document.definitions.length).toBeGreaterThanOrEqual(8);
  });
});
