import { ApiError, ErrorCode } from "./errors.js";

/** The largest `first` any connection accepts; asking for more is a BAD_USER_INPUT error. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** One value of a sort key; a key is a tuple of them, compared element by element. */
export type SortValue = string | number | boolean | null;
export type SortKey = SortValue[];

/** A connection's order as the statements and lists apply it: a name (for cursors) and a direction. */
export interface SortOrder {
  /** `FIELD:ASC` or `FIELD:DESC`: cursors carry it, so a cursor of another order is refused. */
  tag: string;
  field: string;
  descending: boolean;
}

/** One page's request: the sort key to continue after (null for the first page) and the size. */
export interface PageWindow {
  after: SortKey | null;
  limit: number;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay connection as the GraphQL layer returns it. `totalCount` is a getter, so the count
 * (a separate statement for root connections) runs only when a client selects the field.
 */
export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number> | number;
}

/*
 * Cursors are keyset cursors: the sort key of the item (its sort fields, then its id) and the
 * order it was sorted by, as base64 JSON. The next page starts after that key, so a page does not
 * shift when items are added or removed before it, and a cursor stays valid while its item's
 * sort values stay the same. Opaque to clients.
 */
export function encodeCursor(order: SortOrder, key: SortKey): string {
  return Buffer.from(JSON.stringify({ o: order.tag, k: key }), "utf8").toString("base64url");
}

function decodeCursor(cursor: string, order: SortOrder): SortKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = null;
  }
  const { o, k } = (decoded ?? {}) as { o?: unknown; k?: unknown };
  const valid = typeof o === "string" && Array.isArray(k) && k.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
  if (!valid || encodeCursor({ ...order, tag: o }, k as SortKey) !== cursor) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected "after" to be a cursor from this API, found ${JSON.stringify(cursor)}`);
  }
  if (o !== order.tag) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `Expected "after" to be a cursor of a page sorted by ${order.tag}, found one of a page sorted by ${o}; use the same orderBy to continue`,
    );
  }
  return k as SortKey;
}

/** Validates `first`/`after` against the order; the contract and the bad value go in the error. */
export function pageWindow(args: PageArgs, order: SortOrder): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected "first" to be an integer from 0 to ${MAX_PAGE_SIZE}, found ${first}`);
  }
  return { after: args.after == null ? null : decodeCursor(args.after, order), limit: first };
}

/**
 * A connection from keyed rows fetched with `LIMIT window.limit + 1` after `window.after` (the
 * extra row only says whether there is a next page) and a lazy count.
 */
export function connectionFromKeyedRows<T>(input: {
  rows: { node: T; key: SortKey }[];
  window: PageWindow;
  order: SortOrder;
  count: () => Promise<number>;
}): Connection<T> {
  const { rows, window, order } = input;
  const page = rows.slice(0, window.limit);
  // Cursors are encoded only when a client selects them (`edges`, a page's start or end cursor):
  // a nested list of a hundred items would otherwise encode a hundred that nobody reads.
  let edges: Edge<T>[] | undefined;
  let counted: Promise<number> | undefined;
  const cursorAt = (i: number) => (page[i] === undefined ? null : encodeCursor(order, page[i].key));
  return {
    get edges() {
      edges ??= page.map((row) => ({ cursor: encodeCursor(order, row.key), node: row.node }));
      return edges;
    },
    nodes: page.map((row) => row.node),
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.after !== null,
      get startCursor() {
        return cursorAt(0);
      },
      get endCursor() {
        return cursorAt(page.length - 1);
      },
    },
    get totalCount() {
      counted ??= input.count();
      return counted;
    },
  };
}

/** An empty connection (a filter that no item can pass), still checking the page arguments. */
export function emptyConnection<T>(page: PageArgs, order: SortOrder): Connection<T> {
  return connectionFromKeyedRows<T>({ rows: [], window: pageWindow(page, order), order, count: () => Promise.resolve(0) });
}

/**
 * Compares sort keys element by element; a prefix sorts first, null before any value, numbers before
 * strings.
 * The same comparison Cypher applies to the `sortKey` lists of the root statements, whose values
 * are never null.
 */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    // A shorter key sorts first, then null before any value.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x !== typeof y) return typeof x === "number" ? -1 : typeof y === "number" ? 1 : String(typeof x).localeCompare(typeof y);
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * A connection over a list already in memory (a batched loader's result for one parent), sorted by
 * `key` (which ends with a unique id) in the order's direction, continuing after the cursor's key.
 */
export function connectionFromList<T>(all: readonly T[], args: PageArgs, sort: { order: SortOrder; key: (item: T) => SortKey }): Connection<T> {
  const { order } = sort;
  const window = pageWindow(args, order);
  const sign = order.descending ? -1 : 1;
  const keyed = all.map((node) => ({ node, key: sort.key(node) })).sort((a, b) => sign * compareKeys(a.key, b.key));
  const after = window.after;
  const start = after === null ? 0 : keyed.findIndex((row) => sign * compareKeys(row.key, after) > 0);
  const rows = start < 0 ? [] : keyed.slice(start, start + window.limit + 1);
  return connectionFromKeyedRows({ rows, window, order, count: () => Promise.resolve(all.length) });
}
