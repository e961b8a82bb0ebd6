import { describe, expect, it } from "vitest";
import { connectionFromList, MAX_PAGE_SIZE, offsetCursor, pageWindow } from "../../src/api/pagination.js";
import { fromGlobalId, toGlobalId } from "../../src/api/global-id.js";

describe("pageWindow", () => {
  it("accepts the maximum page size and refuses one more", () => {
    expect(pageWindow({ first: MAX_PAGE_SIZE })).toEqual({ offset: 0, limit: MAX_PAGE_SIZE });
    expect(() => pageWindow({ first: MAX_PAGE_SIZE + 1 })).toThrow(
      `Expected "first" to be an integer from 0 to ${MAX_PAGE_SIZE}, found ${MAX_PAGE_SIZE + 1}`,
    );
    expect(() => pageWindow({ first: -1 })).toThrow('found -1');
  });

  it("continues after a cursor and refuses a forged one", () => {
    expect(pageWindow({ first: 5, after: offsetCursor(9) })).toEqual({ offset: 10, limit: 5 });
    expect(() => pageWindow({ after: "bm90LWEtY3Vyc29y" })).toThrow('Expected "after" to be a cursor from this API, found "bm90LWEtY3Vyc29y"');
  });
});

describe("connectionFromList", () => {
  const items = Array.from({ length: 7 }, (_, i) => i);

  it("pages through a list with cursors and counts it", async () => {
    const first = connectionFromList(items, { first: 3 });
    expect(first.nodes).toEqual([0, 1, 2]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = connectionFromList(items, { first: 3, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual([3, 4, 5]);
    const last = connectionFromList(items, { first: 3, after: second.pageInfo.endCursor });
    expect(last.nodes).toEqual([6]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await last.totalCount).toBe(7);
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
