import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's `cypher/` folder: every statement the code runs lives there, one per file. */
export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../cypher");

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher` (name without extension, `/`-separated, e.g. `load/write-content`).
 * Read once and cached. A missing file is a programming error and throws with the path it tried.
 */
export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const path = join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`Expected a Cypher statement in ${path}, found no such file`);
  }
  const statement = stripComments(text).trim().replace(/;\s*$/, "");
  if (statement === "") throw new Error(`Expected a Cypher statement in ${path}, found an empty file`);
  cache.set(name, statement);
  return statement;
}

/** Names of the statements in a `cypher/` subfolder, sorted, e.g. `cypherNames("schema")`. */
export function cypherNames(folder: string): string[] {
  return readdirSync(join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => `${folder}/${f.slice(0, -".cypher".length)}`);
}

// Line comments (`// …`) at the start of a line only, so `//` inside a string literal survives.
function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}
