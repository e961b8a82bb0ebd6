import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toNative } from "../../src/db/to-native.js";

describe("toNative", () => {
  it("turns safe Integers into numbers and unsafe ones into bigints", () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int("9007199254740993"))).toBe(9007199254740993n);
  });

  it("turns temporal values into ISO strings", () => {
    expect(toNative(new neo4j.types.Date(2015, 7, 4))).toBe("2015-07-04");
  });

  it("converts lists and maps deeply and keeps plain values", () => {
    expect(toNative({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: "x", d: null, e: true, f: 1.5 })).toEqual({
      a: [1, { b: 2 }],
      c: "x",
      d: null,
      e: true,
      f: 1.5,
    });
  });

  it("turns nodes into their properties", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Company"], { id: "company:calix", calls: neo4j.int(3) }, "e1");
    expect(toNative(node)).toEqual({ id: "company:calix", calls: 3 });
  });

  it("maps undefined to null so rows never hold undefined", () => {
    expect(toNative(undefined)).toBeNull();
  });
});
