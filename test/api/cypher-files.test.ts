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
    const paged = [...sources.matchAll(/statement: "(api\/[a-z-]+)"/g)].map((m) => m[1]!);
    for (const name of paged) {
      named.delete(name);
      named.add(`${name}-page`);
      named.add(`${name}-count`);
    }
    expect(named.size).toBeGreaterThan(40);
    for (const name of named) expect(() => cypher(name), name).not.toThrow();
  });

  it("splices no values into statements: every statement reads parameters only", () => {
    for (const file of readdirSync(resolve(projectRoot, "cypher/api"))) {
      const text = cypher(`api/${file.replace(/\.cypher$/, "")}`);
      expect(text, file).not.toMatch(/\$\{/);
      expect(text.split(";").length, `${file} holds one statement`).toBe(1);
    }
  });
});
