import type { Database, Params, Row } from "../db/database.js";
import type { NodeTypeName } from "./global-id.js";
import type { NodeRow } from "./loaders.js";
import { asNode } from "./node-row.js";
import { connectionFromKeyedRows, pageWindow, type Connection, type PageArgs, type PageWindow, type SortKey, type SortOrder } from "./pagination.js";

/**
 * Reads behind root connections: one `<statement>-page` statement per page, plus one
 * `<statement>-count` statement that runs only when `totalCount` is selected. The page statement
 * gets the order (`$orderBy`, `$descending`), the keyset cursor's key (`$after`, null on the
 * first page) and `$limit` (one more than the page, to tell whether another follows), and returns
 * each row's `sortKey`; filters go in as parameters. A page statement may also return `total`.
 */
export async function readPage<T>(input: PageRead<T>): Promise<Connection<T>> {
  const window = pageWindow(input.page, input.order);
  const statement = input.pageStatement ?? `${input.statement}-page`;
  const params = pageParams(input, input.params, window);
  const rows = input.readPageRows === undefined ? await input.db.query(statement, params) : await input.readPageRows(statement, params);
  return pageOf(input, rows, window, input.params);
}

/** What readPage reads. */
export interface PageRead<T> {
  db: Database;
  statement: string;
  params: Params;
  page: PageArgs;
  order: SortOrder;
  shape: (row: Row) => T;
  /** The page statement returns the `total` of all matches on each row (no count statement needed from the first page). */
  countsWithPage?: boolean;
  /** A page statement other than `<statement>-page` (one that reads more for each row); the count stays `<statement>-count`. */
  pageStatement?: string;
  /** Runs the page statement instead of `db.query` (given its name and parameters; e.g. NameMatches.readPage). */
  readPageRows?: (statement: string, params: Params) => Promise<Row[]>;
}

/**
 * readPage for a statement over companies a filter names by reference, that resolves the references
 * itself (`pageStatement`, given `$companyRefs`; see calls-of-company-refs-page.cypher): the lookup
 * and the page in one round trip instead of two. Such a statement answers rows only when every
 * reference names a company by graph id or ticker, and each row carries their graph ids
 * (`companyIds`, for the count statement, which takes `$companyIds` as `params` would). Null when
 * it answered no row (a reference by name, an unknown company, or an empty page): the caller then
 * resolves the references first and reads the page as before, which tells these apart.
 */
export async function readCompanyRefsPage<T>(input: PageRead<T> & { pageStatement: string; companyRefs: string[] }): Promise<Connection<T> | null> {
  const window = pageWindow(input.page, input.order);
  const rows = await input.db.query(input.pageStatement, pageParams(input, { ...input.params, companyRefs: input.companyRefs }, window));
  if (rows.length === 0) return null;
  return pageOf(input, rows, window, { ...input.params, companyIds: rows[0]!["companyIds"] });
}

function pageParams(input: PageRead<unknown>, params: Params, window: PageWindow): Params {
  return { ...params, orderBy: input.order.field, descending: input.order.descending, after: window.after, limit: window.limit + 1 };
}

function pageOf<T>(input: PageRead<T>, rows: Row[], window: PageWindow, countParams: Params): Connection<T> {
  const { db, statement, order } = input;
  return connectionFromKeyedRows({
    rows: rows.map((row) => ({ node: input.shape(row), key: row["sortKey"] as SortKey })),
    window,
    order,
    // A page statement that sorts every match anyway may count them too (a `total` column on
    // every row); the count statement then runs only for an empty page after a cursor.
    count: async () => {
      if (rows[0]?.["total"] != null) return Number(rows[0]["total"]);
      if (rows.length === 0 && window.after === null && input.countsWithPage === true) return 0;
      const [count] = await db.query(`${statement}-count`, countParams);
      return Number(count?.["total"] ?? 0);
    },
  });
}

/** Shapes rows whose `node` column is a node of `type`. */
export function nodeColumn(type: NodeTypeName) {
  return (row: Row): NodeRow => asNode<NodeRow>(type, row["node"]);
}
