import { createRequire } from "node:module";

/** Bytes the driver gathers before it writes to the socket (Bolt allows chunks of up to 65,535). */
export const BOLT_WRITE_BYTES = 32 * 1024;

interface ChunkingModule {
  Chunker: new (channel: unknown, bufferSize?: number) => object;
}

let enlarged = false;

/**
 * neo4j-driver frames every Bolt message in 1,400-byte chunks and writes each to the socket on its
 * own. A call's load sends about 100 KB of parameters, so that was some 75 writes per call, each a
 * system call here and a wake-up of Neo4j's network thread: a quarter of this process's CPU in
 * bench:load. The driver's Chunker takes a buffer size, but the driver never passes one; this
 * puts in a subclass whose default is BOLT_WRITE_BYTES. Chunks stay valid Bolt, only larger.
 * Idempotent. Returns false, changing nothing, if the driver's internals have moved (a driver
 * upgrade): test/db/bolt-writes.test.ts then fails, so that cannot pass unnoticed.
 */
export function enlargeBoltWrites(): boolean {
  if (enlarged) return true;
  let chunking: ChunkingModule;
  try {
    chunking = createRequire(import.meta.url)("neo4j-driver-bolt-connection/lib/channel/chunking.js") as ChunkingModule;
  } catch {
    return false;
  }
  const Base = chunking.Chunker;
  if (typeof Base !== "function" || Base.length < 1) return false;
  chunking.Chunker = class LargerChunker extends Base {
    constructor(channel: unknown, bufferSize?: number) {
      super(channel, bufferSize ?? BOLT_WRITE_BYTES);
    }
  };
  enlarged = true;
  return true;
}
