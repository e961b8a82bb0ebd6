import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findTranscripts } from "../../src/load/find-transcripts.js";

describe("findTranscripts", () => {
  const root = mkdtempSync(join(tmpdir(), "eg-find-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string): string => {
    const full = join(root, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, "x");
    return full;
  };
  write("b/two.json");
  write("a/one.txt");
  write("a/deeper/three.TXT");
  write("a/SOURCES.tsv");
  write("a/.hidden.txt");
  write(".git/HEAD.txt");
  write("notes.md");
  symlinkSync(join(root, "a"), join(root, "link-to-a"));

  it("walks directories in name order, taking transcript extensions and skipping hidden entries", async () => {
    const found = await findTranscripts([root]);
    expect(found.files).toEqual([join(root, "a/deeper/three.TXT"), join(root, "a/one.txt"), join(root, "b/two.json")]);
    expect(found.skipped.map((s) => s.file).sort()).toEqual([join(root, "a/SOURCES.tsv"), join(root, "notes.md")]);
    expect(found.skipped[0]?.reason).toMatch(/not a transcript file type \(\.tsv\)/);
    expect(found.missing).toEqual([]);
  });

  it("takes a file named directly whatever its extension, and no file twice", async () => {
    const found = await findTranscripts([join(root, "notes.md"), join(root, "a/one.txt"), join(root, "a")]);
    expect(found.files).toEqual([join(root, "notes.md"), join(root, "a/one.txt"), join(root, "a/deeper/three.TXT")]);
  });

  it("reports a path that does not exist", async () => {
    const found = await findTranscripts([join(root, "nope")]);
    expect(found.missing).toEqual([{ file: join(root, "nope"), line: null, code: "READ_FAILED", reason: "no such file or directory" }]);
  });
});
