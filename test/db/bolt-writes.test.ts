import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BOLT_WRITE_BYTES, enlargeBoltWrites } from "../../src/db/bolt-writes.js";

const require = createRequire(import.meta.url);

interface Buf {
  remaining(): number;
  readUInt8(): number;
}

describe("enlargeBoltWrites", () => {
  it("takes hold of the driver's Chunker, so a 100 KB message goes out in a few writes that still dechunk to the same bytes", () => {
    expect(enlargeBoltWrites()).toBe(true);
    expect(enlargeBoltWrites()).toBe(true);
    const channel = require("neo4j-driver-bolt-connection/lib/channel/index.js");
    const writes: Buf[] = [];
    const chunker = new channel.Chunker({ write: (b: Buf) => writes.push(b) });
    const message = Buffer.alloc(100_000, 0).map((_, i) => (i * 31) % 251);
    const payload = channel.alloc(message.length);
    for (const byte of message) payload.writeUInt8(byte);
    payload.reset();
    chunker.putBytes(0, payload);
    chunker.messageBoundary();
    chunker.flush();
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(message.length / BOLT_WRITE_BYTES) + 1);

    const received: number[] = [];
    const dechunker = new channel.Dechunker();
    dechunker.onmessage = (buf: Buf) => {
      while (buf.remaining() > 0) received.push(buf.readUInt8());
    };
    for (const w of writes) dechunker.write(w);
    expect(Buffer.from(received).equals(message)).toBe(true);
  });
});
