import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { IngestFailure, IngestSkip } from "./load-result.js";

/** Extensions taken for transcripts when walking a directory; a file named directly is always tried. */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = [".txt", ".text", ".json"];

export interface FoundTranscripts {
  /** Paths in the order given, each directory's files sorted by name; no path twice. */
  files: string[];
  /** Files inside directories that are not taken for transcripts (other extensions). */
  skipped: IngestSkip[];
  /** Paths given that do not exist or cannot be read. */
  missing: IngestFailure[];
}

/**
 * The transcript files under `paths`. A file named directly is taken whatever its extension (the
 * user asked for it; the parser says if it is not a transcript). A directory is walked
 * recursively, skipping hidden entries (`.git`, `.DS_Store`), and its files with a transcript
 * extension are taken; the others (a `SOURCES.tsv`, a README) are listed as skipped. Symbolic
 * links are followed once.
 */
export async function findTranscripts(paths: string[]): Promise<FoundTranscripts> {
  const found: FoundTranscripts = { files: [], skipped: [], missing: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.files.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const listed = await readdir(dir).catch((error: NodeJS.ErrnoException) => error);
    if (listed instanceof Error) {
      found.missing.push({ file: dir, line: null, code: "READ_FAILED", reason: `cannot be listed: ${listed.message}` });
      return;
    }
    const entries = listed.filter((name) => !name.startsWith(".")).sort();
    for (const name of entries) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info === null) {
        found.skipped.push({ file: path, reason: "cannot be read (a broken link?)" });
      } else if (info.isDirectory()) {
        await walk(path);
      } else if (info.isFile()) {
        const ext = extname(name).toLowerCase();
        if (TRANSCRIPT_EXTENSIONS.includes(ext)) await addFile(path);
        else found.skipped.push({ file: path, reason: `not a transcript file type (${ext || "no extension"}); name it directly to load it` });
      }
    }
  };

  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const reason = info.code === "ENOENT" ? "no such file or directory" : `cannot be read: ${info.message}`;
      found.missing.push({ file: path, line: null, code: "READ_FAILED", reason });
    } else if (info.isDirectory()) {
      await walk(path);
    } else {
      await addFile(path);
    }
  }
  return found;
}
