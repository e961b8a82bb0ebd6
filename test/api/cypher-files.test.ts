import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cypher } from "../../src/db/cypher.js";
import { projectRoot } from "./paths.js";

const apiDir = resolve(projectRoot, "src/api");
const sources = readdirSync(apiDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(resolve(apiDir, f), "utf8"))
  .join("\n");

describe("the API's Cypher", () => {
  it("has a file for every statement the API names", () => {
    const named = new Set<string>();
    for (const m of sources.matchAll(/"(api\/[a-z-]+)"/g)) named.add(m[1]!);
    expect(named.size).toBeGreaterThan(60);
    // A root connection names its statement without suffix: readPage runs <name>-page and <name>-count.
    const exists = (name: string) => {
      try {
        cypher(name);
        return true;
      } catch {
        return false;
      }
    };
    for (const name of named) expect(exists(name) || (exists(`${name}-page`) && exists(`${name}-count`)), name).toBe(true);
  });

  it("names no statement file the API does not use", () => {
    const used = [...sources.matchAll(/"(api\/[a-z-]+)"/g)].map((m) => m[1]!);
    const unused = readdirSync(resolve(projectRoot, "cypher/api"))
      .map((file) => `api/${file.replace(/\.cypher$/, "")}`)
      .filter((name) => !used.includes(name) && !used.includes(name.replace(/-(page|count)$/, "")))
      // graph-counts is read by the start command (src/cli).
      .filter((name) => name !== "api/graph-counts");
    expect(unused).toEqual([]);
  });

  it("splices no values into statements: every statement reads parameters only", () => {
    for (const file of readdirSync(resolve(projectRoot, "cypher/api"))) {
      const text = cypher(`api/${file.replace(/\.cypher$/, "")}`);
      expect(text, file).not.toMatch(/\$\{/);
      expect(text.split(";").length, `${file} holds one statement`).toBe(1);
    }
  });
});
