import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import type { SourceInfo } from "../model/transcript.js";
import { TranscriptError } from "./transcript-error.js";

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface DecodedSource {
  text: string;
  source: SourceInfo;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x93 → U+0093, not “), so
// Windows-1252 goes through iconv-lite, which maps the 0x80–0x9F block correctly.
export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
}

/**
 * Bytes (or an already decoded string) → text. UTF-8 with or without BOM is read as UTF-8;
 * UTF-16 (what Windows tools call "Unicode") is read when a BOM says so, or when every other byte
 * of mostly ASCII text is NUL; bytes that are not valid UTF-8 are read as Windows-1252, the usual
 * encoding of transcripts saved by Windows tools. The BOM is dropped; line endings are kept as found so offsets stay true.
 * Rejects what cannot be a transcript: empty or blank input, binary data, PDF files, HTML pages,
 * and inputs over `maxBytes`.
 */
export function decodeSource(input: string | Uint8Array, options: { file: string | null; maxBytes: number }): DecodedSource {
  const { file, maxBytes } = options;
  const bytes = typeof input === "string" ? Buffer.from(input, "utf-8") : input;
  if (bytes.length > maxBytes) {
    throw new TranscriptError({
      code: "INPUT_TOO_LARGE",
      file,
      reason: `input is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
    });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new TranscriptError({ code: "PDF_INPUT", file, reason: "input is a PDF file (starts with %PDF); extract its text first" });
  }
  const utf16 = typeof input === "string" ? null : utf16Encoding(bytes);
  if (utf16 === null && looksBinary(bytes)) {
    throw new TranscriptError({ code: "BINARY_INPUT", file, reason: "input is binary data, not text" });
  }
  let text: string;
  let encoding: SourceInfo["encoding"] = "utf-8";
  if (typeof input === "string") {
    text = input;
  } else if (utf16 !== null) {
    text = decodeUtf16(bytes, utf16, file);
    encoding = utf16;
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      encoding = "windows-1252";
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") {
    throw new TranscriptError({ code: "EMPTY_INPUT", file, reason: bytes.length === 0 ? "input is empty" : "input holds only whitespace" });
  }
  if (looksLikeHtml(text)) {
    throw new TranscriptError({ code: "HTML_INPUT", file, line: 1, reason: "input is an HTML page, not a transcript; save the page's text first" });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { text, source: { name: file, sha256, bytes: bytes.length, encoding } };
}

/**
 * UTF-16 by its byte-order mark (FF FE little-endian, FE FF big-endian), or, without one, by
 * its shape: in the first 8 KiB an even number of bytes, over 90% of the high bytes NUL and under
 * 10% of the low ones (ASCII-heavy text, as transcripts are).
 */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.9 * pairs && evenNul < 0.1 * pairs) return "utf-16le";
  if (evenNul > 0.9 * pairs && oddNul < 0.1 * pairs) return "utf-16be";
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string | null): string {
  let text: string;
  try {
    // The BOM is dropped by the decoder.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TranscriptError({ code: "BINARY_INPUT", file, reason: `input starts as ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}` });
  }
  if (text.includes("\u0000")) {
    throw new TranscriptError({ code: "BINARY_INPUT", file, reason: `input is ${encoding.toUpperCase()} text holding NUL characters: binary data, not a transcript` });
  }
  return text;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes, or many C0 control bytes other than tab/CR/LF/FF, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const control = controlBytes(bytes, n);
  return control < 0 || (n > 0 && control / n > 0.05);
}

/**
 * C0 control bytes other than tab/CR/LF/FF among the first `n`; -1 at a NUL. The loop has a
 * function of its own so that nothing follows it: V8 compiles a hot loop while it runs (on-stack
 * replacement), and code after it that never ran before would send every later call back to the
 * interpreter ("insufficient type feedback"), as it did here once per file.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return -1;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024));
}
