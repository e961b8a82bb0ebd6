import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root directory (this file lives in `<root>/src/config/`). */
export const projectRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
