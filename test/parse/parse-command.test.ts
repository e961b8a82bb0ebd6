import path from "node:path";
import { Command, CommanderError } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerParseCommand } from "../../src/cli/parse.command.js";
import { fixturesRoot } from "./shared-paths.js";

/** `earnings-graph parse`, run in-process with stdout/stderr captured. */
async function run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number | undefined }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const program = new Command("earnings-graph").exitOverride().configureOutput({ writeErr: (s) => (stderr += s), writeOut: (s) => (stdout += s) });
  registerParseCommand(program);
  try {
    await program.parseAsync(["node", "earnings-graph", "parse", ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr, exitCode: process.exitCode as number | undefined };
}

const streetevents = path.join(fixturesRoot, "streetevents", "larkspur-2024-q3.txt");
const json = path.join(fixturesRoot, "json", "LRKN_q3_2025.json");

describe("earnings-graph parse", () => {
  beforeEach(() => {
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  it("prints one JSON object per file in the DESIGN.md shape", async () => {
    const { stdout, exitCode } = await run([streetevents, "--json"]);
    expect(exitCode).toBeUndefined();
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["call", "participants", "turns", "exchanges", "topics", "metrics", "mentions", "diagnostics"]));
    expect(doc.call).toMatchObject({ company: "Larkspur Networks, Inc.", fiscalYear: 2024, fiscalQuarter: 3, date: null });
    expect(doc.turns[5]).toMatchObject({ index: 5, section: "qa", speaker: "Maria Chen" });
    expect(Object.keys(doc.turns[0])).toEqual(["index", "section", "speaker", "text", "start", "end", "line"]);
    expect(doc.exchanges.map((e: { analyst: string }) => e.analyst)).toEqual(["Maria Chen", "Raj Patel", "Maria Chen"]);
  });

  it("prints an array for several files", async () => {
    const { stdout } = await run([streetevents, json, "--json"]);
    const docs = JSON.parse(stdout);
    expect(docs.map((d: { format: string }) => d.format)).toEqual(["streetevents", "json"]);
  });

  it("honours --format over detection", async () => {
    const { stdout, stderr, exitCode } = await run([streetevents, "--json", "--format", "json"]);
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/larkspur-2024-q3\.txt:1: not valid JSON/);
    expect(JSON.parse(stdout)).toBeNull();
  });

  it("exits 1 and names each failed file with its reason, still printing the others", async () => {
    const missing = path.join(fixturesRoot, "no-such-file.txt");
    const { stdout, stderr, exitCode } = await run([missing, streetevents]);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${missing}: cannot read (ENOENT)`);
    expect(stdout).toContain("larkspur-2024-q3.txt: streetevents, Larkspur Networks, Inc., 2024-Q3");
  });

  it("rejects an unknown --format as a usage error", async () => {
    await expect(run([streetevents, "--format", "pdf"])).rejects.toBeInstanceOf(CommanderError);
  });
});
