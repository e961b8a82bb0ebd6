import { printSchema } from "./graphql-js.js";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { apiSchema } from "./schema.js";

/** Where the emitted SDL lives: `schema/schema.graphql` at the project root. */
export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");
export const EMIT_COMMAND = "npm run schema:emit";

const HEADER = `# DO NOT EDIT: generated from the type-graphql classes in src/api by \`${EMIT_COMMAND}\`.
# A test fails when this file is stale.
`;

/** The schema as SDL, sorted (lexicographicSortSchema), with the do-not-edit header. */
export async function schemaSdl(): Promise<string> {
  return `${HEADER}\n${printSchema(await apiSchema())}\n`;
}
