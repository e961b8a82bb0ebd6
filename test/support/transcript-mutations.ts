import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { extract } from "../../src/extract/index.js";
import { parseTranscript, TranscriptError } from "../../src/parse/index.js";

/**
 * Real transcripts broken the ways real input breaks, for "never crashes" runs over parse and
 * extract (test/parse/fuzz-mutations.test.ts, and the larger scripts/fuzz-transcripts.ts):
 * truncated, bytes inserted, lines shuffled or duplicated, a very long line, deeply nested JSON,
 * NUL bytes, re-encoded as UTF-16.
 */

/** Transcript files under `dirs` (recursively), sorted, so a seed picks the same ones every time. */
export function transcriptFiles(dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) return walk(full);
        return /\.(txt|text|json)$/i.test(name) ? [full] : [];
      });
  return dirs.flatMap(walk);
}

export interface Mutated {
  file: string;
  mutation: string;
  bytes: Uint8Array;
}

const lines = (bytes: Uint8Array): string[] => Buffer.from(bytes).toString("latin1").split("\n");
const fromLines = (list: string[]): Uint8Array => Buffer.from(list.join("\n"), "latin1");

/** One mutation of `bytes`, chosen and parameterised by fast-check. */
const mutation: fc.Arbitrary<{ name: string; apply: (bytes: Uint8Array) => Uint8Array }> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({
    name: `truncated at ${at.toFixed(3)}`,
    apply: (b: Uint8Array) => b.slice(0, Math.floor(b.length * at)),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, inserted]) => ({
    name: `${inserted.length} bytes inserted at ${at.toFixed(3)}`,
    apply: (b: Uint8Array) => {
      const i = Math.floor(b.length * at);
      return Buffer.concat([b.slice(0, i), inserted, b.slice(i)]);
    },
  })),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => ({
    name: `lines shuffled (seed ${seed})`,
    apply: (b: Uint8Array) => {
      const list = lines(b);
      let s = seed;
      for (let i = list.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return fromLines(list);
    },
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2, max: 200 })).map(([at, times]) => ({
    name: `a line duplicated ${times} times`,
    apply: (b: Uint8Array) => {
      const list = lines(b);
      const i = Math.floor(list.length * at) % list.length;
      list.splice(i, 0, ...Array.from({ length: times }, () => list[i]!));
      return fromLines(list);
    },
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("revenue of $1.2 billion, up 5%. ", "x", "We expect 3% to 5% growth in Q3 ", "\t|", "Mr. A. B. "), fc.integer({ min: 10_000, max: 300_000 })).map(
    ([at, unit, length]) => ({
      name: `a ${length}-character line of ${JSON.stringify(unit)}`,
      apply: (b: Uint8Array) => {
        const list = lines(b);
        list.splice(Math.floor(list.length * at), 0, unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
        return fromLines(list);
      },
    }),
  ),
  fc.integer({ min: 100, max: 50_000 }).map((depth) => ({
    name: `nested JSON ${depth} deep`,
    apply: (b: Uint8Array) =>
      Buffer.from(`{"prepared_remarks":[{"speaker":"A","speech":${"[".repeat(depth)}"x"${"]".repeat(depth)}}],"q_and_a":[],"x":${Buffer.from(b).toString("utf8").slice(0, 2000).length}}`),
  })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 16 })).map(([at, count]) => ({
    name: `${count} NUL bytes at ${at.toFixed(3)}`,
    apply: (b: Uint8Array) => {
      const i = Math.floor(b.length * at);
      return Buffer.concat([b.slice(0, i), Buffer.alloc(count), b.slice(i)]);
    },
  })),
  fc.boolean().map((bom) => ({
    name: `UTF-16LE${bom ? " with BOM" : ""}`,
    apply: (b: Uint8Array) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(Buffer.from(b).toString("utf8"), "utf16le")]),
  })),
);

/** A real file with one to three mutations applied in turn. */
export function mutatedTranscript(files: string[]): fc.Arbitrary<Mutated> {
  return fc.tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([file, steps]) => {
    let bytes: Uint8Array = readFileSync(file);
    for (const step of steps) bytes = step.apply(bytes);
    return { file, mutation: steps.map((s) => s.name).join(", then "), bytes };
  });
}

export interface FuzzOutcome {
  kind: "transcript" | "refused";
  /** CPU milliseconds the process spent on it: what a quadratic path costs, whatever else the machine runs. */
  ms: number;
}

/** CPU milliseconds since `from` (user and system). */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/**
 * Parse and extract one input. Returns how it went and how long it took; throws only what the
 * contract forbids: an error other than TranscriptError from parse, or anything from extract.
 */
export function parseAndExtract(input: Mutated): FuzzOutcome {
  const started = process.cpuUsage();
  let transcript;
  try {
    transcript = parseTranscript(input.bytes, { fileName: path.basename(input.file) });
  } catch (error) {
    if (error instanceof TranscriptError) return { kind: "refused", ms: cpuMsSince(started) };
    throw new Error(`parse threw an untyped ${(error as Error)?.name}: ${(error as Error)?.message} (${input.file}, ${input.mutation})`);
  }
  try {
    extract(transcript);
  } catch (error) {
    throw new Error(`extract threw ${(error as Error)?.name}: ${(error as Error)?.message} (${input.file}, ${input.mutation})`);
  }
  return { kind: "transcript", ms: cpuMsSince(started) };
}
