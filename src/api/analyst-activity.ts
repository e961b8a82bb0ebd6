import type { Related } from "./loaders.js";
import type { NodeRow } from "./loaders.js";
import type { SortKey } from "./pagination.js";

/** An AnalystActivity as the GraphQL layer returns it. */
export interface AnalystActivityRow {
  personRow: NodeRow;
  calls: number;
  exchanges: number;
  companies: number;
}

/** A row of an analysts statement (person node, calls, exchanges, companies) as an AnalystActivity. */
export function analystActivity({ node, row }: Related): AnalystActivityRow {
  return { personRow: node, calls: Number(row["calls"] ?? 0), exchanges: Number(row["exchanges"] ?? 0), companies: Number(row["companies"] ?? 0) };
}

/** The sort key of an analyst's activity in memory, as analysts-page.cypher builds it. */
export function analystKey(field: string, a: AnalystActivityRow): SortKey {
  const id = a.personRow.graphId;
  if (field === "CALLS") return [a.calls, a.exchanges, id];
  if (field === "EXCHANGES") return [a.exchanges, a.calls, id];
  if (field === "COMPANIES") return [a.companies, a.calls, id];
  return [String(a.personRow["name"] ?? "").toLowerCase(), id];
}
