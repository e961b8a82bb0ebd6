import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Third-party transcripts, used in place and never copied (see ../shared/README.md). */
export const sharedRoot = path.resolve(projectRoot, "../shared");
export const hasShared = existsSync(path.join(sharedRoot, "seed", "calix-2015-q2.txt"));
