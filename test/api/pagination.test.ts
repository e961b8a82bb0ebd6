import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareKeys, connectionFromList, encodeCursor, MAX_PAGE_SIZE, pageWindow, type Connection, type SortOrder } from "../../src/api/pagination.js";
import { fromGlobalId, toGlobalId } from "../../src/api/global-id.js";

const byValue: SortOrder = { tag: "VALUE:ASC", field: "VALUE", descending: false };
const byValueDesc: SortOrder = { tag: "VALUE:DESC", field: "VALUE", descending: true };

describe("pageWindow", () => {
  it("accepts the maximum page size and refuses one more", () => {
    expect(pageWindow({ first: MAX_PAGE_SIZE }, byValue)).toEqual({ after: null, limit: MAX_PAGE_SIZE });
    expect(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }, byValue)).toThrow(
      `Expected "first" to be an integer from 0 to ${MAX_PAGE_SIZE}, found ${MAX_PAGE_SIZE + 1}`,
    );
    expect(() => pageWindow({ first: -1 }, byValue)).toThrow("found -1");
  });

  it("continues after a cursor's key, refuses a forged one and one of another order", () => {
    const cursor = encodeCursor(byValue, [3, "item:3"]);
    expect(pageWindow({ first: 5, after: cursor }, byValue)).toEqual({ after: [3, "item:3"], limit: 5 });
    expect(() => pageWindow({ after: "bm90LWEtY3Vyc29y" }, byValue)).toThrow('Expected "after" to be a cursor from this API, found "bm90LWEtY3Vyc29y"');
    expect(() => pageWindow({ after: cursor }, byValueDesc)).toThrow(
      'Expected "after" to be a cursor of a page sorted by VALUE:DESC, found one of a page sorted by VALUE:ASC; use the same orderBy to continue',
    );
  });
});

describe("connectionFromList", () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `item:${i}`, value: i % 3 }));
  const key = (item: { id: string; value: number }) => [item.value, item.id];

  it("pages through a list in key order with cursors and counts it", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const connection: Connection<(typeof items)[number]> = connectionFromList(items, { first: 3, after }, { order: byValue, key });
      seen.push(...connection.nodes.map((n) => n.id));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(await connection.totalCount).toBe(7);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(["item:0", "item:3", "item:6", "item:1", "item:4", "item:2", "item:5"]);
  });

  it("keeps its place when items before the cursor go away or come in (keyset, not offsets)", () => {
    const first = connectionFromList(items, { first: 3 }, { order: byValueDesc, key });
    expect(first.nodes.map((n) => n.id)).toEqual(["item:5", "item:2", "item:4"]);
    const fewer = items.filter((i) => i.id !== "item:5" && i.id !== "item:2");
    const more = [...items, { id: "item:9", value: 2 }];
    const next = (list: typeof items) => connectionFromList(list, { first: 2, after: first.pageInfo.endCursor }, { order: byValueDesc, key }).nodes.map((n) => n.id);
    expect(next(items)).toEqual(["item:1", "item:6"]);
    expect(next(fewer)).toEqual(["item:1", "item:6"]);
    expect(next(more)).toEqual(["item:1", "item:6"]);
  });
});

describe("compareKeys", () => {
  it("is a total order consistent with sorting", () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), fc.array(value, { maxLength: 3 }), (a, b) => {
        expect(Math.sign(compareKeys(a, b)) + Math.sign(compareKeys(b, a))).toBe(0);
        if (compareKeys(a, b) === 0) expect(a).toEqual(b);
      }),
    );
  });
});

describe("global ids", () => {
  it("round-trip and refuse malformed ids", () => {
    const id = toGlobalId("Company", "company:calix");
    expect(Buffer.from(id, "base64").toString()).toBe("Company:company:calix");
    expect(fromGlobalId(id)).toEqual({ type: "Company", graphId: "company:calix" });
    expect(() => fromGlobalId(toGlobalId("Company", "x").replace("Q29t", "WFh4"))).toThrow(/Expected a global id/);
    expect(() => fromGlobalId("not base64!")).toThrow(/Expected a global id/);
  });
});
