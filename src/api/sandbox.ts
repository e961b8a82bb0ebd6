import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse, print, valueFromASTUntyped, type OperationDefinitionNode } from "./graphql-js.js";

/** The example operations: `schema/examples.graphql` at the project root. */
export const EXAMPLES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema/examples.graphql");

/** The operation the Sandbox landing page opens with. */
export const SANDBOX_OPERATION = "CompanyDashboard";

/**
 * What Apollo Sandbox opens with: one example operation from schema/examples.graphql and its
 * variables (their defaults, spelled out so they can be edited in the Variables panel). Null when
 * the file or the operation is missing: the landing page then opens empty.
 */
export function sandboxInitialState(file = EXAMPLES_FILE, name = SANDBOX_OPERATION): { document: string; variables: Record<string, unknown> } | null {
  if (!existsSync(file)) return null;
  const operation = parse(readFileSync(file, "utf8")).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (operation === undefined) return null;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue !== undefined) variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return { document: print(operation), variables };
}
