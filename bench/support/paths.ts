import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout the benchmarks run in, and the shared corpus beside it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const corpusLarge = path.resolve(projectRoot, "../shared/corpus-large");
