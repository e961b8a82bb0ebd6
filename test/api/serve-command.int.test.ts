import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { testConnection } from "./test-connection.js";
import { projectRoot } from "./paths.js";

// `earnings-graph serve` as a user runs it: a real process, a real port, a clean stop on SIGTERM.
describe("earnings-graph serve", () => {
  it("serves the API on the port it prints and stops cleanly on SIGTERM", async () => {
    const { uri, username, password, database } = testConnection();
    const neo4jEnv = { NEO4J_URI: uri, NEO4J_USERNAME: username ?? "", NEO4J_PASSWORD: password ?? "", NEO4J_DATABASE: database ?? "" };
    const child = spawn(process.execPath, ["--import", "tsx", resolve(projectRoot, "src/cli/main.ts"), "serve", "--port", "0"], {
      cwd: projectRoot,
      env: { ...process.env, ...neo4jEnv, EARNINGS_GRAPH_INTROSPECTION: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const lines: string[] = [];
    const url = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stderr }).on("line", (line) => {
        lines.push(line);
        const match = /ready at (http:\/\/localhost:\d+\/)/.exec(line);
        if (match) done(match[1]!);
      });
      void exited.then((code) => fail(new Error(`serve exited with ${code} before it was ready:\n${lines.join("\n")}`)));
    });
    // Introspection is off, so the start-up line offers no Sandbox.
    expect(lines.find((line) => line.includes("ready at"))).toMatch(/introspection and the Sandbox landing page are off\)$/);
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ periods { label } }"}' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ periods: expect.any(Array) });
    const introspection = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __schema { queryType { name } } }"}' });
    expect(await introspection.text()).toMatch(/introspection is not allowed/);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines).toContain("Shutting down");
  }, 60_000);
});
