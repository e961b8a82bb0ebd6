import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError } from "../../src/parse/index.js";

// Windows tools save "Unicode" text as UTF-16, usually with a byte-order mark. It was refused as
// binary (its ASCII letters come with NUL bytes); it is text, and reads as the same transcript.
const sample = resolve(import.meta.dirname, "../../examples/larkspur-2024-q3.txt");
const text = readFileSync(sample, "utf8");
const utf8 = parseTranscript(text, { fileName: "larkspur.txt" });

const le = Buffer.from(text, "utf16le");
const be = Buffer.from(text, "utf16le").swap16();
const cases: [string, Buffer, string][] = [
  ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), le]), "utf-16le"],
  ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), be]), "utf-16be"],
  ["UTF-16LE without BOM", le, "utf-16le"],
  ["UTF-16BE without BOM", be, "utf-16be"],
];

describe("UTF-16 input", () => {
  for (const [name, bytes, encoding] of cases) {
    it(`reads ${name} as the same transcript as UTF-8`, () => {
      const t = parseTranscript(bytes, { fileName: "larkspur.txt" });
      expect(t.source.encoding).toBe(encoding);
      expect(t.text).toBe(text);
      expect(t.turns).toEqual(utf8.turns);
      expect(t.call).toEqual(utf8.call);
    });
  }

  it("refuses UTF-16 that holds NUL characters as binary, saying it is UTF-16", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ann: hello\u0000\u0000 there", "utf16le")]);
    expect(() => parseTranscript(bytes, { fileName: "nul.txt" })).toThrow(
      new TranscriptError({ code: "BINARY_INPUT", file: "nul.txt", reason: "input is UTF-16LE text holding NUL characters: binary data, not a transcript" }),
    );
  });

  it("still refuses binary data that is not UTF-16", () => {
    expect(() => parseTranscript(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x00, 0x00]), { fileName: "x.zip" })).toThrow(/BINARY_INPUT/);
  });
});
