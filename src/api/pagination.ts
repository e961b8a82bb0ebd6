import { ApiError, ErrorCode } from "./errors.js";

/** The largest `first` any connection accepts; asking for more is a BAD_USER_INPUT error. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** Rows to skip and to return for one page. */
export interface PageWindow {
  offset: number;
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

// Cursors are offsets into the ordered result: opaque to clients, stable for a given filter and order.
const CURSOR_PREFIX = "offset:";

export function offsetCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64");
}

/** Validates `first`/`after` and turns them into a window; the contract and the bad value go in the error. */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `Expected "first" to be an integer from 0 to ${MAX_PAGE_SIZE}, found ${first}`,
    );
  }
  return { offset: args.after == null ? 0 : decodeCursor(args.after) + 1, limit: first };
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0 || offsetCursor(offset) !== cursor) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected "after" to be a cursor from this API, found ${JSON.stringify(cursor)}`);
  }
  return offset;
}

/**
 * A connection from rows fetched with `LIMIT window.limit + 1` (the extra row only says whether
 * there is a next page) and a lazy count.
 */
export function connectionFromRows<T>(rows: T[], window: PageWindow, count: () => Promise<number>): Connection<T> {
  const page = rows.slice(0, window.limit);
  const edges = page.map((node, i) => ({ cursor: offsetCursor(window.offset + i), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** A connection over a list already in memory (a batched loader's result for one parent). */
export function connectionFromList<T>(all: readonly T[], args: PageArgs): Connection<T> {
  const window = pageWindow(args);
  const rows = all.slice(window.offset, window.offset + window.limit + 1);
  return connectionFromRows(rows, window, () => Promise.resolve(all.length));
}
