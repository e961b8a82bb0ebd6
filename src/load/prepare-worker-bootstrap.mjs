// The entry of prepare-pool.ts's worker threads: they run the TypeScript sources through tsx's
// loader, as the CLI does (bin/earnings-graph.js), since a worker does not inherit a loader
// registered in-process.
import { register } from "tsx/esm/api";

register();
await import("./prepare-worker.ts");
