import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { SCHEMA_FILE, schemaSdl } from "./schema-sdl.js";

// `npm run schema:emit`: writes schema/schema.graphql from the code-first schema.
await writeFile(SCHEMA_FILE, await schemaSdl(), "utf8");
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
