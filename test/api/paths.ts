import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = resolve(projectRoot, "../shared");
export const referenceTranscript = resolve(sharedDir, "seed/calix-2015-q2.txt");
export const hasReference = existsSync(referenceTranscript);
export const corpusDir = resolve(sharedDir, "corpus");
export const hasCorpus = existsSync(corpusDir);
