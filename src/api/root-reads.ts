import type { Database, Params, Row } from "../db/database.js";
import type { NodeTypeName } from "./global-id.js";
import type { NodeRow } from "./loaders.js";
import { asNode } from "./node-row.js";
import { connectionFromKeyedRows, pageWindow, type Connection, type PageArgs, type SortKey, type SortOrder } from "./pagination.js";

/**
 * Reads behind root connections: one `<statement>-page` statement per page, plus one
 * `<statement>-count` statement that runs only when `totalCount` is selected. The page statement
 * gets the order (`$orderBy`, `$descending`), the keyset cursor's key (`$after`, null on the
 * first page) and `$limit` (one more than the page, to tell whether another follows), and returns
 * each row's `sortKey`; filters go in as parameters.
 */
export async function readPage<T>(input: {
  db: Database;
  statement: string;
  params: Params;
  page: PageArgs;
  order: SortOrder;
  shape: (row: Row) => T;
}): Promise<Connection<T>> {
  const { db, statement, params, order } = input;
  const window = pageWindow(input.page, order);
  const rows = await db.read(`${statement}-page`, {
    ...params,
    orderBy: order.field,
    descending: order.descending,
    after: window.after,
    limit: window.limit + 1,
  });
  return connectionFromKeyedRows({
    rows: rows.map((row) => ({ node: input.shape(row), key: row["sortKey"] as SortKey })),
    window,
    order,
    count: async () => {
      const [count] = await db.read(`${statement}-count`, params);
      return Number(count?.["total"] ?? 0);
    },
  });
}

/** Shapes rows whose `node` column is a node of `type`. */
export function nodeColumn(type: NodeTypeName) {
  return (row: Row): NodeRow => asNode<NodeRow>(type, row["node"]);
}
