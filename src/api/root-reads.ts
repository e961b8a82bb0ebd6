import type { Database, Params, Row } from "../db/database.js";
import { fromGlobalId, type NodeTypeName } from "./global-id.js";
import type { NodeRow } from "./loaders.js";
import { asNode } from "./node-row.js";
import { connectionFromRows, pageWindow, type Connection, type PageArgs } from "./pagination.js";

/**
 * Reads behind root fields: one statement per page, plus one count statement that runs only when
 * `totalCount` is selected. Filters go in as parameters; null means "no filter".
 */
export async function readPage<T>(input: {
  db: Database;
  statement: string;
  params: Params;
  page: PageArgs;
  shape: (row: Row) => T;
}): Promise<Connection<T>> {
  const window = pageWindow(input.page);
  const rows = await input.db.read(`${input.statement}-page`, { ...input.params, offset: window.offset, limit: window.limit + 1 });
  return connectionFromRows(rows.map(input.shape), window, async () => {
    const [count] = await input.db.read(`${input.statement}-count`, input.params);
    return Number(count?.["total"] ?? 0);
  });
}

/** Shapes rows whose `node` column is a node of `type`. */
export function nodeColumn(type: NodeTypeName) {
  return (row: Row): NodeRow => asNode<NodeRow>(type, row["node"]);
}

/**
 * A company reference as the Cypher filters take it: a global Company id becomes its graph id;
 * anything else (graph id, ticker, name) passes as given; absent is null.
 */
export function companyRef(ref: string | null | undefined): string | null {
  if (ref == null || ref.trim() === "") return null;
  return graphIdOf(ref.trim(), "Company") ?? ref.trim();
}

/** The graph id inside `ref` when it is a global id of `type`, else null. */
export function graphIdOf(ref: string, type: NodeTypeName): string | null {
  try {
    const decoded = fromGlobalId(ref);
    return decoded.type === type ? decoded.graphId : null;
  } catch {
    return null;
  }
}

/** The one company a reference names (id, global id, ticker, name or alias), or null. */
export async function findCompany(db: Database, ref: string): Promise<NodeRow | null> {
  const [row] = await db.read("api/company-by-ref", { ref: companyRef(ref) ?? "" });
  return row === undefined ? null : asNode<NodeRow>("Company", row["node"]);
}

/** The one topic a reference names (id, global id, name or alias), or null. */
export async function findTopic(db: Database, ref: string): Promise<NodeRow | null> {
  const [row] = await db.read("api/topic-by-ref", { ref: graphIdOf(ref, "Topic") ?? ref.trim() });
  return row === undefined ? null : asNode<NodeRow>("Topic", row["node"]);
}
